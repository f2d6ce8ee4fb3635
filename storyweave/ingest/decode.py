"""Bytes to text: UTF-8 first, then a charset detector; binary data is refused."""
from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput, MalformedInput

# Text files have almost no control characters; a few percent means a binary file.
_CONTROL_LIMIT = 0.02


def decode(data: bytes, where: str) -> str:
    """Decode article bytes, raising a coded error that names `where`."""
    if not data.strip():
        raise EmptyInput(f"{where}: the file is empty")
    if b"\x00" in data[:8192]:
        raise BinaryInput(f"{where}: binary data (NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(data, where)
    _check_text(text, where)
    return normalize_text(text)


def _detect(data: bytes, where: str) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise MalformedInput(f"{where}: undecodable bytes (not UTF-8, no charset detected)")
    return str(best)


def _check_text(text: str, where: str) -> None:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    if controls > _CONTROL_LIMIT * max(len(text), 1):
        raise BinaryInput(f"{where}: mostly control characters, not an article")


def normalize_text(text: str) -> str:
    """Unify line ends and Unicode composition so the same article always gets the same id."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
