"""HTML pages: main text and metadata (title, site name, URL, published time) via trafilatura."""
from __future__ import annotations

import datetime as dt

import trafilatura

from ..errors import MalformedInput
from ..model import Article


def read_html(html: str, path: str, url: str | None = None) -> Article:
    body = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not body or not body.strip():
        raise MalformedInput(f"{path}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = (meta.title if meta else None) or _first_line(body)
    text = f"{title}\n\n{body.strip()}\n"
    return Article(text=text, path=path, title=title, url=(meta.url if meta else None) or url,
                   outlet=(meta.sitename if meta else None), published=_date(meta),
                   published_source="meta" if meta and meta.date else "")


def _first_line(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def _date(meta) -> dt.date | None:
    if not meta or not meta.date:
        return None
    try:
        return dt.date.fromisoformat(meta.date[:10])
    except ValueError:
        return None
