"""WARC / WARC.gz archives: every HTML response record is an article."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, MalformedInput
from ..model import Article
from .decode import decode
from .html import read_html


def read_warc(path: Path) -> Iterator[Article | InputError]:
    try:
        with path.open("rb") as fh:
            yield from _records(ArchiveIterator(fh), str(path))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield MalformedInput(f"{path}: broken WARC archive ({exc})")


def _records(records, path: str) -> Iterator[Article | InputError]:
    found = 0
    for number, record in enumerate(records, start=1):
        if record.rec_type != "response" or not _is_html(record):
            continue
        found += 1
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{path}#{number}"
        try:
            html = decode(record.content_stream().read(), where)
            yield read_html(html, url or where, url=url)
        except InputError as exc:
            yield exc
    if found == 0:
        yield MalformedInput(f"{path}: no HTML response records in this WARC archive")


def _is_html(record) -> bool:
    headers = record.http_headers
    kind = headers.get_header("Content-Type", "") if headers else ""
    return "html" in kind.lower()
