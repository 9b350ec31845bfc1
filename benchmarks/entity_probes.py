"""Who and where on wire-style probe sentences: named actors, collective actors and places,
tuned part and held-back part apart.

Usage: python benchmarks/entity_probes.py [--errors] [TSV ...]

Each row of a probe file (default: every ``entity_probes*.tsv`` beside this script) is
the date expression, the sentence, then what ``docs/annotation.md`` gives its event:
named actors, collective actors written ``text=side``, and places, each list separated
by ``;``. A ``*`` leaves that column unscored for the row; an empty column expects none.
Every third row of each file (by position) is held back: the script prints its figures
but never its errors. ``--errors`` lists what the tuned rows miss or add.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from probe_sentence import probe_event

from timeline.event_scores import same_actor, same_place

UNSCORED = "*"


@dataclass(frozen=True)
class Probe:
    """One probe row; a column of None is not scored."""

    expression: str
    sentence: str
    named: tuple[str, ...] | None
    collective: tuple[tuple[str, str], ...] | None
    places: tuple[str, ...] | None


def _listed(cell: str) -> tuple[str, ...] | None:
    if cell.strip() == UNSCORED:
        return None
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def read_probes(path: Path) -> list[Probe]:
    """The rows of one probe file, in file order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        expression, sentence, named, collective, places = line.split("\t")
        groups = _listed(collective)
        rows.append(
            Probe(
                expression,
                sentence,
                _listed(named),
                None if groups is None else tuple(_group(g) for g in groups),
                _listed(places),
            )
        )
    return rows


def _group(written: str) -> tuple[str, str]:
    text, _, side = written.partition("=")
    return text.strip(), side.strip()


def _tally(
    items: Iterable[str], hit: Callable[[str], bool], counts: Counter[str], kind: str, miss: str
) -> list[str]:
    """Count ``items`` under ``kind`` and those that ``hit``; name each that does not."""
    wrong = []
    for item in items:
        counts[f"{kind} all"] += 1
        counts[f"{kind} hit"] += hit(item)
        wrong += [] if hit(item) else [f"{miss} {item}"]
    return wrong


def score(probe: Probe, counts: Counter[str]) -> list[str]:
    """Add one row's hits to ``counts``; return what it missed or added."""
    event = probe_event(probe.expression, probe.sentence)
    actors = event.actors if event else ()
    places = event.places if event else ()
    wrong = []
    if probe.named is not None:
        known = (*probe.named, *(name for pair in probe.collective or () for name in pair if name))
        wrong += _tally(
            probe.named,
            lambda name: any(same_actor(name, actor) for actor in actors),
            counts,
            "named gold",
            "missed actor",
        )
        wrong += _tally(
            actors,
            lambda actor: any(same_actor(name, actor) for name in known),
            counts,
            "actors given",
            "spurious actor",
        )
    wrong += _tally(
        [f"{text}={side}" for text, side in probe.collective or ()],
        lambda group: any(same_actor(n, a) for n in group.split("=") if n for a in actors),
        counts,
        "collective gold",
        "missed group",
    )
    if probe.places is not None:
        gold_places = probe.places
        wrong += _tally(
            gold_places,
            lambda place: any(same_place(place, name) for name in places),
            counts,
            "places gold",
            "missed place",
        )
        wrong += _tally(
            places,
            lambda name: any(same_place(place, name) for place in gold_places),
            counts,
            "places given",
            "spurious place",
        )
    return wrong


FIGURES = (
    ("named recall", "named gold"),
    ("named precision", "actors given"),
    ("collective recall", "collective gold"),
    ("places recall", "places gold"),
    ("places precision", "places given"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuned rows' errors")
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: all)")
    args = parser.parse_args()
    files = args.files or sorted(Path(__file__).parent.glob("entity_probes*.tsv"))
    parts = {"tuned": Counter[str](), "held back": Counter[str]()}
    for path in files:
        for position, probe in enumerate(read_probes(path), start=1):
            held = position % 3 == 0
            wrong = score(probe, parts["held back" if held else "tuned"])
            if args.errors and not held and wrong:
                print(f"{path.name}:{position} {probe.sentence}\n    " + "; ".join(wrong))
    print(f"{'':20}{'tuned':>16}{'held back':>16}")
    for label, kind in FIGURES:
        cells = []
        for counts in parts.values():
            hits, total = counts[f"{kind} hit"], counts[f"{kind} all"]
            rate = hits / total if total else float("nan")
            cells.append(f"{rate:.2f} ({hits}/{total})")
        print(f"{label:20}" + "".join(f"{c:>16}" for c in cells))


if __name__ == "__main__":
    main()
