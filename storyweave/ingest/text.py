"""Plain-text articles: the title is the first non-empty line."""
from __future__ import annotations

from ..model import Article


def read_text(text: str, path: str) -> Article:
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(text=text, path=path, title=title)
