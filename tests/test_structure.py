"""The package's data flows one way: articles -> mentions -> resolve -> events -> merge ->
table -> plot. A stage never imports a later one, and merging reads events only as the
model's records, not through the stage that built them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
STAGES = ("articles", "mentions", "resolve", "events", "merge", "table", "plot")
# An article without a publication date may take the first full date of its text
# (``--infer-published``): reading it needs the date engine.
LOOKS_AHEAD = {"articles": {"resolve"}}


def imported_modules(module: str) -> set[str]:
    """The ``timeline`` modules that ``timeline/<module>.py`` imports, at any depth of code."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name.removeprefix("timeline.") for name in found if name.startswith("timeline.")}


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    later = set(STAGES[STAGES.index(stage) + 1 :]) - LOOKS_AHEAD.get(stage, set())
    assert imported_modules(stage) & later == set()


def test_merging_does_not_import_the_event_stage() -> None:
    assert not {name.split(".")[0] for name in imported_modules("merge")} & {"events"}
