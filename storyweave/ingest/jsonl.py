"""JSON Lines: one article per line with text, title, url, outlet, published."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, MalformedInput
from ..model import Article
from .decode import decode, normalize_text


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Yield one Article per good line and one error per bad line (the batch goes on)."""
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                if raw.strip():
                    yield _line(raw, f"{path}:{number}")
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")


def _line(raw: bytes, where: str) -> Article | InputError:
    try:
        return _record(decode(raw, where), where)
    except InputError as exc:
        return exc


def _record(line: str, where: str) -> Article | InputError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return MalformedInput(f"{where}: not valid JSON ({exc.msg})")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        return MalformedInput(f"{where}: a JSON object with a non-empty \"text\" is required")
    return _article(obj, where)


def _article(obj: dict, where: str) -> Article:
    title = _str(obj.get("title"))
    body = normalize_text(obj["text"])
    text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    published = _date(obj.get("published"))
    return Article(text=text, path=where, title=title, url=_str(obj.get("url")),
                   outlet=_str(obj.get("outlet")), published=published,
                   published_source="metadata" if published else "")


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _date(value) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
