"""Shared fixtures: hand-written articles, temporary stores, and the optional ../shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "examples" / "corpus"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test (with the reason shown) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only beside the development clone)")
    return path


ARTICLE = """Harbor Lights Owner Opens Second Restaurant

Marisol Quenby opened her second restaurant in Portland on Friday, three years after the first.

"We wanted a room where families could linger," Quenby told the Daily Lantern.

RELATED: Ten Bakeries Worth The Drive This Winter

Quenby, 41, trained in Lyon before returning home in 2012.
"""


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "quenby.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kb.db"
