"""Readers: files and folders in, `Article`s (or one clear error per bad input) out."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, TooLarge, UnsupportedFormat
from ..model import Article
from .decode import decode
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

__all__ = ["read_paths", "read_file", "SUFFIXES", "MAX_BYTES"]

MAX_BYTES = 20 * 1024 * 1024  # an article file over 20 MB is not an article
_TEXT = {".txt", ".text", ".md"}
_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson"}
_WARC = {".warc", ".warc.gz", ".arc.gz"}
SUFFIXES = _TEXT | _HTML | _JSONL | _WARC


def read_paths(paths: Iterable[Path]) -> Iterator[Article | InputError]:
    """Every article under the given files and folders (folders recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not child.name.startswith("."):
                    yield from read_file(child)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Article | InputError]:
    kind = _suffix(path)
    if kind not in SUFFIXES:
        yield UnsupportedFormat(f"{path}: unknown file type {kind or '(none)'}; storyweave "
                                f"reads {', '.join(sorted(SUFFIXES))}")
        return
    if kind in _WARC:
        yield from read_warc(path)
        return
    if kind in _JSONL:  # a feed may be large: streamed line by line, no size limit
        yield from read_jsonl(path)
        return
    try:
        yield from _read_small(path, kind)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")


def _read_small(path: Path, kind: str) -> Iterator[Article | InputError]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge(f"{path}: {size / 1e6:.0f} MB is larger than the {MAX_BYTES // 2**20} MB "
                       "limit for one article file")
    text = decode(path.read_bytes(), str(path))
    if kind in _HTML:
        yield read_html(text, str(path))
    else:
        yield read_text(text, str(path))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()
