"""The ``timeline`` command line: each command parses options and calls one public function.

Heavy libraries (pandas, plotly, dateparser) are imported inside the commands so that
``timeline --help`` starts fast.
"""

from __future__ import annotations

import functools
import json
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, Sized
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from timeline.errors import (
    EMPTY_PATH,
    NothingReadError,
    OptionError,
    PassFailedWarning,
    SkippedArticleWarning,
    TimelineError,
)
from timeline.model import Corpus, Skipped
from timeline.text import counted

if TYPE_CHECKING:
    import pandas as pd

    from timeline.gazetteer import DomainPack
    from timeline.pipeline import ArticleResult
    from timeline.pipeline import Jobs as RunJobs

app = typer.Typer(
    name="timeline",
    help=(
        "Turn news articles into a dated event table and an interactive timeline.\n\n"
        "Every date is read relative to its article's publication date. Start with "
        "'timeline build' (uses the bundled seed articles), then 'timeline events' for the "
        "table, or 'timeline dates \"TEXT\" --published DATE' to see how one text is read."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

P = ParamSpec("P")
R = TypeVar("R")
# What a run tabulates: an event table (a DataFrame) or the mention table's rows.
Table = TypeVar("Table", bound=Sized)


def _path(value: str) -> Path:
    """A path as typed; an empty one (an unset shell variable) is refused, not read as
    the current folder as ``Path("")`` would be."""
    if not value:
        raise typer.BadParameter(EMPTY_PATH)
    return Path(value)


Source = Annotated[
    Path | None,
    typer.Argument(
        parser=_path,
        help=(
            "Articles: a folder (manifest, front matter or saved pages) or a .jsonl/.csv "
            "file; see docs/sources.md. Default: the bundled seed articles."
        ),
        show_default=False,
    ),
]
Strict = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Fail (exit 1) if any article had to be skipped, or a step across articles failed.",
    ),
]
TableOutput = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        parser=_path,
        help="Table file: .csv, .parquet or .json (by extension).",
    ),
]
InferPublished = Annotated[
    bool,
    typer.Option(
        "--infer-published",
        help="Date an article that has no publication date from the first full date in its text.",
    ),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        help="Worker processes (1 or more). Default: one per core for large sources, else 1.",
        show_default=False,
    ),
]


class EngineName(StrEnum):
    """Where the per-article work runs (``timeline.pipeline.ENGINES``)."""

    local = "local"
    dask = "dask"


EngineOption = Annotated[
    EngineName,
    typer.Option(
        "--engine",
        help="Where the work runs: 'local' (this machine) or 'dask' (a Dask cluster).",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help=(
            "With --engine dask: address of a running Dask scheduler (tcp://host:8786). "
            "Default: a temporary local cluster of --jobs workers."
        ),
        show_default=False,
    ),
]

PackOption = Annotated[
    str | None,
    typer.Option(
        "--pack",
        help=(
            "A story's own people, organisations and places: a TOML file or the name of a "
            "bundled pack (ukraine-war). Default: none, or ukraine-war for the bundled seeds."
        ),
        show_default=False,
    ),
]
SEED_PACK = "ukraine-war"

# Library parameters and values, as the command line spells them.
FLAGS = {"jobs": "--jobs", "engine": "--engine", "scheduler": "--scheduler", "strict": "--strict"}
_ON_DASK = "engine 'dask'"


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a :class:`TimelineError` into ``error: <message>`` on stderr and exit code 1.

    Library parameters named by the error (its ``parameter``) are shown as their options.
    """

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            with stopped_as_by_ctrl_c():
                return command(*args, **kwargs)
        except (KeyboardInterrupt, _Stopped) as stopped:
            signum = stopped.signum if isinstance(stopped, _Stopped) else signal.SIGINT
            typer.echo(
                f"error: stopped by {signal.Signals(signum).name} before the end; "
                "no partial output is left",
                err=True,
            )
            raise typer.Exit(128 + signum) from None
        except TimelineError as err:
            message = str(err)
            parameter = getattr(err, "parameter", "")  # OptionError, NothingReadError
            if parameter in FLAGS and message.startswith(parameter):
                message = FLAGS[parameter] + message[len(parameter) :]
                message = message.replace(_ON_DASK, "--engine dask")
            typer.echo(f"error: {message}", err=True)
            raise typer.Exit(1) from None

    return run


class _Stopped(BaseException):
    """A signal ending the run: like Ctrl-C's ``KeyboardInterrupt``, no ``Exception``, so
    nothing on the way catches it, and every cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def stopped_as_by_ctrl_c() -> Iterator[None]:
    """Let SIGTERM (``kill``, a job scheduler's stop) end the command as Ctrl-C does: through
    every cleanup, so worker processes are stopped and no partial output is left; exit 143.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals
        return

    def stop(signum: int, frame: object) -> None:
        raise _Stopped(signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def check_run(
    source: Path | None,
    outputs: tuple[tuple[Path | None, tuple[str, ...]], ...],
    jobs: int | None,
    engine: EngineName,
    scheduler: str | None,
) -> RunJobs:
    """Check outputs and options before any article is read; the ``jobs`` to pass on."""
    from timeline.articles import seeds_path
    from timeline.output import check_output
    from timeline.pipeline import check_options

    inputs = [source if source is not None else seeds_path()]
    checked: list[Path] = []
    for output, suffixes in outputs:
        if output is not None:
            checked.append(check_output(output, inputs=inputs, suffixes=suffixes, taken=checked))
    run_jobs: RunJobs = "auto" if jobs is None else jobs
    check_options(jobs=run_jobs, engine=engine.value, scheduler=scheduler)
    return run_jobs


def story_pack(source: Path | None, pack: str | None) -> DomainPack | None:
    """The domain pack a run uses: the one asked for, else the seeds' own for the seeds."""
    from timeline.gazetteer import domain_pack

    return domain_pack(pack if pack is not None or source is not None else SEED_PACK)


def read_source(source: Path | None, *, strict: bool, infer_published: bool) -> Corpus:
    """Load articles and print the run summary on stderr, one skipped input a line."""
    from timeline.articles import load_articles

    corpus = load_articles(source, infer_published=infer_published, strict=strict)
    typer.echo(corpus.summary(most=3), err=True)
    if len(corpus.skipped) > 3:
        for skipped in corpus.skipped:
            typer.echo(f"skipped {skipped}", err=True)
    return corpus


class Run:
    """What a command reports of its run: a progress bar, then the articles it could not use."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.skipped: list[Skipped] = []
        self.failed_steps: list[str] = []

    @contextmanager
    def progress(self) -> Iterator[Callable[[ArticleResult], None]]:
        """An ``on_progress`` moving a bar on stderr (when it is a terminal) and keeping skips
        and the steps across articles that failed."""
        from rich.console import Console
        from rich.progress import Progress

        console = Console(stderr=True)
        with (
            Progress(console=console, disable=not console.is_terminal, transient=True) as bar,
            warnings.catch_warnings(record=True) as caught,
        ):
            warnings.simplefilter("ignore", SkippedArticleWarning)  # reported below instead
            warnings.simplefilter("always", PassFailedWarning)
            task = bar.add_task("Reading articles", total=len(self.corpus))

            def advance(result: ArticleResult) -> None:
                bar.advance(task)
                if result.skipped is not None:
                    self.skipped.append(result.skipped)

            yield advance
        for skipped in self.skipped:
            typer.echo(f"skipped {skipped}", err=True)
        for warning in caught:
            if issubclass(warning.category, PassFailedWarning):
                self.failed_steps.append(str(warning.message))
                typer.echo(f"warning: {warning.message}", err=True)
            else:  # not ours to report: shown as it would have been
                warnings.warn_explicit(
                    warning.message, warning.category, warning.filename, warning.lineno
                )

    def say_written(self, path: Path, what: str) -> None:
        """Tell the user where the output went, what it holds and what was left out."""
        used = counted(len(self.corpus) - len(self.skipped), "article")
        left_out = f" ({len(self.skipped)} could not be processed)" if self.skipped else ""
        failed = ""
        if self.failed_steps:
            steps = counted(len(self.failed_steps), "step")
            failed = f"; {steps} across articles failed (named above)"
        typer.echo(f"wrote {path.resolve()}: {what} from {used}{left_out}{failed}")


def extracted(
    extract: Callable[..., Table],
    source: Path | None,
    outputs: tuple[tuple[Path | None, tuple[str, ...]], ...],
    *,
    strict: bool,
    infer_published: bool,
    jobs: int | None,
    engine: EngineName,
    scheduler: str | None,
    **options: Any,
) -> tuple[Run, Table]:
    """Check, read, then run ``extract`` (``extract_events`` or ``extract_mention_rows``) on SOURCE,
    passing it ``options`` too. Raises :class:`NothingReadError` when no article could be
    processed, so that no empty output replaces a good one."""
    run_jobs = check_run(source, outputs, jobs, engine, scheduler)
    run = Run(read_source(source, strict=strict, infer_published=infer_published))
    with run.progress() as on_progress:
        table = extract(
            run.corpus,
            jobs=run_jobs,
            engine=engine.value,
            scheduler=scheduler,
            strict=strict,
            on_progress=on_progress,
            **options,
        )
    if len(run.skipped) == len(run.corpus):
        raise NothingReadError(
            f"{run.corpus.source}: no article could be processed "
            f"({counted(len(run.skipped), 'article')} skipped, each named above)"
        )
    return run, table


def write_extracted(
    extract: Callable[..., Table],
    write: Callable[[Table, Path], Path],
    source: Path | None,
    output: Path,
    row: str,
    **options: Any,
) -> None:
    """Run ``extract`` on SOURCE as :func:`extracted` does, ``write`` its table to ``output``
    and say how many ``row``s it holds."""
    from timeline.output import EXPORT_FORMATS

    run, table = extracted(extract, source, ((output, EXPORT_FORMATS),), **options)
    run.say_written(write(table, output), counted(len(table), row))


def write_frame(frame: pd.DataFrame, output: Path) -> Path:
    """:func:`timeline.table.write_table`, imported once the table is built (pandas)."""
    from timeline.table import write_table

    return write_table(frame, output)


@app.command()
@one_line_errors
def build(
    source: Source = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", parser=_path, help="Where to write the HTML page.")
    ] = Path("timeline.html"),
    cdn: Annotated[
        bool,
        typer.Option(
            "--cdn", help="Load plotly.js from its CDN: a small file that needs internet."
        ),
    ] = False,
    png: Annotated[
        Path | None,
        typer.Option(
            "--png",
            parser=_path,
            help="Also save the timeline as a PNG image for reports (needs timeline[png]).",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title", help="Page title. Default: says what the corpus is.", show_default=False
        ),
    ] = None,
    strict: Strict = False,
    infer_published: InferPublished = False,
    jobs: Jobs = None,
    engine: EngineOption = EngineName.local,
    scheduler: Scheduler = None,
    pack: PackOption = None,
) -> None:
    """Build the interactive timeline page (one offline HTML file) from SOURCE.

    Example: timeline build my_articles/ -o war.html --png war.png
    """
    from timeline.output import IMAGE_FORMATS, PAGE_FORMATS
    from timeline.pipeline import extract_events
    from timeline.plot import plot_timeline, write_html, write_png

    run, table = extracted(
        extract_events,
        source,
        ((output, PAGE_FORMATS), (png, IMAGE_FORMATS)),
        strict=strict,
        infer_published=infer_published,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        pack=story_pack(source, pack),
    )
    figure = plot_timeline(table, title=title)
    path = write_html(figure, output, cdn=cdn)
    run.say_written(path, counted(len(table), "event"))
    if png is not None:
        typer.echo(f"wrote {write_png(figure, png).resolve()}")


@app.command()
@one_line_errors
def events(
    source: Source = None,
    output: TableOutput = Path("events.csv"),
    strict: Strict = False,
    infer_published: InferPublished = False,
    jobs: Jobs = None,
    engine: EngineOption = EngineName.local,
    scheduler: Scheduler = None,
    pack: PackOption = None,
) -> None:
    """Write the event table of SOURCE: one row per dated event, with its cluster.

    Example: timeline events -o events.parquet
    """
    from timeline.pipeline import extract_events

    write_extracted(
        extract_events,
        write_frame,
        source,
        output,
        "event",
        strict=strict,
        infer_published=infer_published,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        pack=story_pack(source, pack),
    )


@app.command()
@one_line_errors
def mentions(
    source: Source = None,
    output: TableOutput = Path("mentions.csv"),
    strict: Strict = False,
    infer_published: InferPublished = False,
    jobs: Jobs = None,
    engine: EngineOption = EngineName.local,
    scheduler: Scheduler = None,
) -> None:
    """Write every temporal expression of SOURCE, durations and vague references included.

    Example: timeline mentions -o mentions.csv
    """
    from timeline.mention_rows import write_mention_rows
    from timeline.pipeline import extract_mention_rows

    write_extracted(
        extract_mention_rows,
        write_mention_rows,
        source,
        output,
        "mention",
        strict=strict,
        infer_published=infer_published,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
    )


@app.command()
@one_line_errors
def dates(
    text: Annotated[str, typer.Argument(help="The text to read; '-' reads standard input.")],
    published: Annotated[
        str,
        typer.Option(
            "--published", "-p", help="Publication date of the text, YYYY-MM-DD (the reference)."
        ),
    ],
) -> None:
    """Show how each date expression in TEXT is read, and which rule decided.

    Example: timeline dates "Kyiv disputed the claim on Tuesday" --published 2025-12-02
    """
    from timeline.articles import parse_published
    from timeline.resolve import find_dates
    from timeline.table import MENTION_COLUMNS, mentions_frame

    try:
        reference, _ = parse_published(published)
    except ValueError as err:
        raise OptionError(f"--published: {err}") from None
    body = _standard_input() if text == "-" else text
    found = find_dates(body, reference)
    if not found:
        typer.echo("no date expressions found")
        return
    table = mentions_frame(("text", mention) for mention in found)
    shown = [c.name for c in MENTION_COLUMNS if c.name != "article_id"]
    typer.echo(table[shown].to_string(index=False, na_rep=""))


def _standard_input() -> str:
    """Standard input decoded as a file is (byte-order mark, UTF-8, ...), not by the locale."""
    from timeline.formats import decode

    data = sys.stdin.buffer.read()
    return decode(data, "standard input") if data.strip() else ""


class ReportFormat(StrEnum):
    """How ``timeline eval`` prints its report."""

    text = "text"
    json = "json"


@app.command(name="eval")
@one_line_errors
def evaluate(
    corpus: Annotated[
        Path,
        typer.Argument(
            parser=_path,
            help="A folder of TimeML .tml files (TempEval-3 format) or inline TIMEX2 "
            ".key.xml files (WikiWars), or one file; with --events, a folder of articles "
            "with gold events (events.jsonl).",
        ),
    ],
    events: Annotated[
        bool,
        typer.Option("--events", help="Score the event table against gold events instead."),
    ] = False,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors", help="Also list each wrong value, missed and spurious expression."
        ),
    ] = False,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help="Report as a text table or as JSON.")
    ] = ReportFormat.text,
) -> None:
    """Score the date engine against TimeML or TIMEX2 gold: span and value P/R/F1.

    Example: timeline eval TBAQ-cleaned/ --errors; timeline eval --events news/dev/
    """
    if events:
        from timeline.event_scores import format_event_scores, score_event_folder

        scores = score_event_folder(corpus)
        if output_format is ReportFormat.json:
            typer.echo(json.dumps(scores.to_dict(errors=errors), indent=2))
        else:
            typer.echo(format_event_scores(scores, errors=errors))
        return
    from timeline.evaluate import evaluate_corpus

    report = evaluate_corpus(corpus)
    if output_format is ReportFormat.json:
        typer.echo(json.dumps(report.to_dict(errors=errors), indent=2))
    else:
        typer.echo(report.format(errors=errors))


def main() -> None:
    """Entry point for ``python -m timeline``."""
    app()
