"""Small factories shared by the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Article

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared"


def make_article(
    text: str, published: date = date(2025, 12, 2), *, id: str = "a", outlet: str = "Outlet"
) -> Article:
    """An article with sensible defaults for tests."""
    return Article(id=id, text=text, published=published, outlet=outlet)


@pytest.fixture
def seeds_dir() -> Path:
    """The bundled seed corpus in the repository."""
    return REPO / "seeds"
