"""Cost against article shape: the same text as ordinary sentences, as one line, as one
endless sentence, and a chronology of dated lines.

Usage: python benchmarks/linear.py [--kb 150] [--big-kb 1000] [--timeout 300]

Every shape holds the TBAQ texts (see corpus.py) concatenated into one article:

- ``sentences``: the texts as written (paragraphs and sentences);
- ``one line``: the same characters with every line break made a space;
- ``one sentence``: one line whose sentence ends (". ", "! ", "? ") are commas, so no
  sentence boundary is left;
- ``big line``: the one-sentence shape at ``--big-kb`` kilobytes;
- ``chronology``: 400 lines "<date> – <clause>" with no final full stop;
- ``dated sentences``: news sentences dense with dates (weekdays, days of a month,
  asides in brackets and between dashes, reported statements, "two days later", a body
  named once and then pointed back to: "the ministry said");
- ``dated clauses``: the same clauses joined into one endless sentence;
- ``one word``, ``hyphenated``, ``apostrophes``: the ordinary text as one endless token,
  its words run together, or joined by hyphens or by apostrophes (patterns that may start
  at each capital or after each joint of a word must still look a bounded way ahead);
- ``soft hyphens``: the ordinary text with a soft hyphen at each hyphenation point a page
  may carry (inside every word, three letters from either end), all read through;
- ``dated towns``: one endless sentence of people visiting towns on weekdays: many reports
  of one day in one town in one article, which clustering asks about again and again;
- ``nested asides``: one dated clause inside as many dashes and brackets as the size allows
  ("On Monday – (– (talks) –) –."), marks that are no word;
- ``wire lines``: many short lines of wire copy, one report a line with no full stop
  ("... attacked city number 5 overnight, killing 2 people, officials said"), so the whole
  text is one sentence and each "overnight" asks about the quotations around it.

``dated sentences`` and the last three also run at twice the size (``x2``).

Gold files are read in time linear in their length too: a TimeML file of the TBAQ markup,
one that is all TIMEX3 elements and one full of tags left unclosed, each read by
``read_timeml`` at ``--gold-kb`` and at twice that (at most 2.5 times the time).

The reading view (the text without the marks a reader never sees) costs memory in proportion
to its marks, not to the text: its peak memory on the ordinary text at ``--view-kb``
without a mark, with one soft hyphen and with one in every word, at most 4 bytes a character
with one mark (the view's own copies of the text) and 16 with a mark in every word.

Each shape runs in a fresh process (cut off after ``--timeout`` seconds) and reports the
CPU seconds spent finding dates, building events and clustering them (CPU time, so that
other processes on the machine do not blur the comparison). Cost is linear in length when
the one-line, one-sentence and one-token shapes take at most twice the time of the ordinary
text, the dated clauses at most twice the time of the dated sentences, and the dated towns,
nested asides and wire lines at twice the size at most 2.5 times the time, for dates, events
and clusters.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from corpus import TBAQ, tbaq_documents

from timeline.evaluate import read_timeml, timeml_files
from timeline.events import build_events
from timeline.merge import cluster_events
from timeline.model import Article
from timeline.resolve import find_dates
from timeline.text import reading_view

PUBLISHED = date(1998, 3, 1)
# Shapes also run at twice the size, where the time may grow 2.5 times at most.
DOUBLED = ("dated towns", "nested asides", "wire lines")
SHAPES = (
    "sentences",
    "one line",
    "one sentence",
    "big line",
    "chronology",
    "dated sentences",
    "dated sentences x2",
    "dated clauses",
    "one word",
    "hyphenated",
    "apostrophes",
    "soft hyphens",
    *(shape + size for shape in DOUBLED for size in ("", " x2")),
)
_TOKEN_JOINTS = {"one word": "", "hyphenated": "-", "apostrophes": "'"}
# Clauses that ask much of the date engine: each date's tense, statement day or anchor
# is read from the words around it in its sentence.
DATED_CLAUSES = (
    "officials said on Friday that talks (held last week in the capital) will resume in May",
    "the army – which had withdrawn on March 3 – returned two days later",
    '"We will not leave," the mayor said on Monday',
    "shelling continued overnight, residents said on Sunday",
    "the vote, set for June 12, was postponed until Thursday",
    "rescuers worked through the night after the storm struck on Tuesday",
    "turnout beat last year's in the last week of the campaign, organisers said",
    # a body named once and pointed back to by every later "the ministry said"
    "the transport ministry said on Wednesday that the ministry had reopened the port",
)
VISITS = ("Ana Ruiz visited Varnell on Monday", "Omar Haddad toured Lusk on Tuesday")
_SENTENCE_END = re.compile(r"(?<=\w)[.!?](?=\s+[A-Z])")


def concatenated(size: int) -> str:
    """The TBAQ texts one after the other, paragraphs kept, about ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        for document in tbaq_documents():
            text = document.text.strip()
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)


def one_line(text: str) -> str:
    """The same characters on one line (a line break becomes a space; offsets kept)."""
    return text.replace("\r", " ").replace("\n", " ")


def one_sentence(text: str) -> str:
    """One line without a single sentence end: ". Next" becomes ", Next"."""
    return _SENTENCE_END.sub(",", one_line(text))


def chronology(lines: int) -> str:
    """``lines`` dated lines ("March 3, 2025 – <clause>"), one per day, no full stops."""
    clauses = [
        re.sub(r"\s+", " ", sentence).strip().rstrip(".")
        for document in tbaq_documents()
        for sentence in re.split(r"(?<=[.!?])\s+", document.text)
        if 40 < len(sentence) < 140
    ]
    first = date(2025, 1, 1)
    return "\n".join(
        f"{(first + timedelta(days=k)):%B %-d, %Y} – {clauses[k % len(clauses)]}"
        for k in range(lines)
    )


def dated(size: int, joint: str) -> str:
    """The dated clauses over and over, about ``size`` characters, joined by ``joint``."""
    count = size // (sum(map(len, DATED_CLAUSES)) // len(DATED_CLAUSES) + len(joint)) + 1
    clauses = (DATED_CLAUSES[k % len(DATED_CLAUSES)] for k in range(count))
    if joint.startswith("."):
        clauses = (clause[0].upper() + clause[1:] for clause in clauses)
    return joint.join(clauses) + "."


def visits(size: int) -> str:
    """One endless sentence of visits to towns on weekdays, about ``size`` characters."""
    count = size // (len(VISITS[0]) + 6) + 1
    return ", and ".join(VISITS[k % len(VISITS)] for k in range(count)) + "."


def wire_lines(size: int) -> str:
    """Reports one a line without a full stop, about ``size`` characters."""
    count = size // 138 + 1
    return "\n".join(
        f"KYIV, Dec. 2 (Reuters) - Ukraine said on Tuesday that Russian forces attacked city "
        f"number {k % 900} overnight, killing {k % 7 + 2} people, officials said"
        for k in range(count)
    )


def text_of(shape: str, kb: int, big_kb: int) -> str:
    if shape == "sentences":
        return concatenated(kb * 1000)
    if shape == "one line":
        return one_line(concatenated(kb * 1000))
    if shape == "one sentence":
        return one_sentence(concatenated(kb * 1000))
    if shape == "big line":
        return one_sentence(concatenated(big_kb * 1000))
    if shape.startswith("dated sentences"):
        return dated(kb * 1000 * (2 if shape.endswith("x2") else 1), ". ")
    if shape == "dated clauses":
        return dated(kb * 1000, ", and ")
    if shape.startswith("dated towns"):
        return visits(kb * 1000 * (2 if shape.endswith("x2") else 1))
    if shape.startswith("nested asides"):
        depth = kb * 1000 * (2 if shape.endswith("x2") else 1) // 6
        return "On Monday " + "– (" * depth + "talks" + ") –" * depth + "."
    if shape.startswith("wire lines"):
        return wire_lines(kb * 1000 * (2 if shape.endswith("x2") else 1))
    if shape == "soft hyphens":
        return re.sub(r"(?<=\w{3})(?=\w{3})", "\u00ad", concatenated(kb * 1000))
    if shape in _TOKEN_JOINTS:
        return re.sub(r"\W+", _TOKEN_JOINTS[shape], concatenated(kb * 1000))
    return chronology(400)


GOLD_SHAPES = ("TBAQ markup", "all elements", "unclosed tags")
_DCT = '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01">1998-03-01</TIMEX3></DCT>'


def gold_markup(shape: str, size: int) -> str:
    """A TimeML file of about ``size`` characters: the TBAQ texts with their markup, only
    TIMEX3 elements, or text in which every word opens a tag that is never closed."""
    if shape == "all elements":
        element = '<TIMEX3 tid="t1" type="DATE" value="1998-03-02">Monday</TIMEX3> '
        body = element * (size // len(element))
    elif shape == "unclosed tags":
        body = "<a " * (size // 3)
    else:
        raw = [path.read_text(encoding="utf-8") for path in sorted(timeml_files(TBAQ))]
        texts = [r[r.index("<TEXT>") + 6 : r.index("</TEXT>")] for r in raw]
        body = ""
        while len(body) < size:
            body += "".join(texts)
        body = body[: body.rindex("</TIMEX3>", 0, size) + len("</TIMEX3>")]
    return f"<TimeML>\n{_DCT}\n<TEXT>{body}</TEXT>\n</TimeML>\n"


def time_gold(kb: int, folder: Path) -> None:
    """Print the time ``read_timeml`` takes on each gold shape at ``kb`` and twice ``kb``
    kilobytes, and whether doubling the size at most doubles it (with a quarter's leeway)."""
    for shape in GOLD_SHAPES:
        seconds = []
        for size in (kb, 2 * kb):
            path = folder / f"{shape.replace(' ', '-')}-{size}.tml"
            path.write_text(gold_markup(shape, size * 1000), encoding="utf-8")
            runs = []
            for _ in range(3):  # the best of three: a single read takes only tenths of a second
                start = time.process_time()
                timexes = len(read_timeml(path).timexes)
                runs.append(time.process_time() - start)
            seconds.append(min(runs))
            print(f"gold {shape:<14}{path.stat().st_size:>10,}{timexes:>10}{seconds[-1]:>10.2f}")
        ratio = seconds[1] / max(seconds[0], 0.01)
        verdict = "ok" if ratio <= 2.5 else "NOT LINEAR"
        print(f"gold: {shape} at twice the size = {ratio:.2f} ({verdict}, must be <= 2.5)")


# The reading view's marks: none, one soft hyphen mid-text, one inside every word; and the
# most bytes a character of the text each may cost at its peak.
VIEW_SHAPES = (("no mark", 4), ("one soft hyphen", 4), ("soft hyphen per word", 16))


def view_text(shape: str, size: int) -> str:
    """The ordinary text at about ``size`` characters with one letter outside ASCII (so the
    view is worked out), and the marks of ``shape``."""
    text = "Genève. " + concatenated(size)
    if shape == "one soft hyphen":
        middle = text.index(" ", len(text) // 2)
        return text[:middle] + "\u00ad" + text[middle:]
    if shape == "soft hyphen per word":
        return re.sub(r"(?<=\w{3})(?=\w{3})", "\u00ad", text)
    return text


def measure_view(kb: int) -> None:
    """Print the peak memory :func:`reading_view` allocates for each of ``VIEW_SHAPES`` at
    ``kb`` kilobytes, in bytes a character, against the most it may cost."""
    for shape, most in VIEW_SHAPES:
        text = view_text(shape, kb * 1000)
        tracemalloc.start()
        view, offsets = reading_view(text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        del view, offsets
        per_char = peak / len(text)
        verdict = "ok" if per_char <= most else "NOT PROPORTIONAL TO THE MARKS"
        print(
            f"view {shape:<21}{len(text):>10,}{peak / 1e6:>8.1f} MB{per_char:>6.1f} B/char "
            f"({verdict}, must be <= {most})"
        )


def run_one(shape: str, kb: int, big_kb: int) -> None:
    """Time one shape in this process; prints ``chars mentions events dates_s events_s
    clusters_s``."""
    text = text_of(shape, kb, big_kb)
    article = Article(id=shape, text=text, published=PUBLISHED)
    warm = Article(id="warm", text="On March 3, 1998, talks began in Geneva.", published=PUBLISHED)
    build_events(warm, find_dates(warm.text, warm.published))  # start-up: lexicons, gazetteer
    start = time.process_time()
    mentions = find_dates(article.text, article.published)
    dated = time.process_time()
    events = build_events(article, mentions)
    built = time.process_time()
    cluster_events(events, {article.id: article})
    done = time.process_time()
    print(len(text), len(mentions), len(events), dated - start, built - dated, done - built)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=150, help="size of the compared shapes")
    parser.add_argument("--big-kb", type=int, default=1000, help="size of the big line")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per shape")
    parser.add_argument("--gold-kb", type=int, default=500, help="size of the gold files")
    parser.add_argument("--view-kb", type=int, default=4000, help="size of the reading views")
    parser.add_argument("--shape", choices=SHAPES, help=argparse.SUPPRESS)  # one child run
    args = parser.parse_args()
    if args.shape:
        run_one(args.shape, args.kb, args.big_kb)
        return
    with tempfile.TemporaryDirectory() as folder:
        time_gold(args.gold_kb, Path(folder))
    measure_view(args.view_kb)
    seconds: dict[str, tuple[float, float, float]] = {}
    print(
        f"{'shape':<16}{'chars':>10}{'mentions':>10}{'events':>8}{'dates s':>10}"
        f"{'events s':>10}{'clusters s':>11}"
    )
    for shape in SHAPES:
        command = [sys.executable, __file__, "--shape", shape, "--kb", str(args.kb)]
        command += ["--big-kb", str(args.big_kb)]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=args.timeout, check=True
            )
        except subprocess.TimeoutExpired:
            print(f"{shape:<16}{'':>36}  cut off after {args.timeout:.0f} s", flush=True)
            seconds[shape] = (float("inf"), float("inf"), float("inf"))
            continue
        chars, mentions, events, dates_s, events_s, clusters_s = done.stdout.split()
        seconds[shape] = (float(dates_s), float(events_s), float(clusters_s))
        print(
            f"{shape:<16}{int(chars):>10,}{int(mentions):>10}{int(events):>8}"
            f"{float(dates_s):>10.2f}{float(events_s):>10.2f}{float(clusters_s):>11.2f}",
            flush=True,
        )
    compared = (("one line", "sentences"), ("one sentence", "sentences"))
    compared += (("dated clauses", "dated sentences"),)
    compared += tuple((shape, "sentences") for shape in (*_TOKEN_JOINTS, "soft hyphens"))
    for stage, column in (("dates", 0), ("events", 1), ("clusters", 2)):
        for shape, ordinary in compared:
            ratio = seconds[shape][column] / max(seconds[ordinary][column], 0.01)
            verdict = "ok" if ratio <= 2 else "NOT LINEAR"
            print(f"{stage}: {shape} / {ordinary} = {ratio:.2f} ({verdict}, must be <= 2)")
        for shape in (*DOUBLED, "dated sentences"):
            ratio = seconds[shape + " x2"][column] / max(seconds[shape][column], 0.01)
            verdict = "ok" if ratio <= 2.5 else "NOT LINEAR"
            print(f"{stage}: {shape} at twice the size = {ratio:.2f} ({verdict}, must be <= 2.5)")


if __name__ == "__main__":
    main()
