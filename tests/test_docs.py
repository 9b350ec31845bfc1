"""The docs cannot drift: their Python examples run and their links point somewhere."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def python_examples() -> list[tuple[str, str]]:
    return [
        (f"{page.relative_to(REPO)}#{n}", block)
        for page in PAGES
        for n, block in enumerate(PYTHON_BLOCK.findall(page.read_text(encoding="utf-8")))
    ]


@pytest.mark.parametrize(("where", "code"), python_examples(), ids=lambda v: v[:40])
def test_python_example_runs(
    where: str, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if code.lstrip().startswith(">>>"):  # an interactive session: its printed output is checked
        test = doctest.DocTestParser().get_doctest(code, {}, where, where, 0)
        runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
        runner.run(test)
        assert runner.summarize(verbose=False).failed == 0, f"{where}: example output differs"
    else:
        exec(compile(code, where, "exec"), {"__name__": "__doc_example__"})


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_relative_links_resolve(page: Path) -> None:
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if "://" in target:
            continue
        assert (page.parent / target).exists(), f"{page.name} links to missing {target}"
