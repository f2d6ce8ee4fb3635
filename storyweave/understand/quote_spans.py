"""Quotation-mark spans: find what sits between paired double quotation marks.

Works on characters, not tokens, so that offsets stay exact and the tokenizer's view of
`"` (it often glues it to a word) does not matter. Rules:
- `“` always opens and `”` always closes; a straight `"` opens when no quote is open and
  closes otherwise (news text mixes them: `"...”` and `“...“` both occur).
- A `"` right after a digit with no quote open is an inch mark (6'2", 12" vinyl).
- Quotes never cross a paragraph (a line break). A paragraph that ends with a quote still
  open closes it there (`closed=False`): the news convention for a quote that runs on into
  the next paragraph, which then reopens with its own mark. Every paragraph piece is
  therefore its own quote; the attribution step carries the speaker over.
- Single quotes (‘…’) are only nested quotes inside a double-quoted span; they are never
  top-level quotes because `'` is far more often an apostrophe.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = "“„"
CLOSERS = "”"
STRAIGHT = '"'
_MARKS = re.compile('[“”„"]')
_STRIP = " \t\n\r,"  # a trailing comma belongs to the reporting frame, not the quote


@dataclass(frozen=True)
class MarkSpan:
    """A quoted span: `open_at`/`close_at` index the marks; start/end the stripped content."""

    open_at: int
    close_at: int  # the paragraph end when the quote runs on unclosed
    start: int
    end: int
    closed: bool
    para_start: int
    para_end: int


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line that holds more than whitespace."""
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.end()


def quote_spans(text: str) -> list[MarkSpan]:
    """All double-quoted spans of `text`, in order."""
    spans: list[MarkSpan] = []
    for p_start, p_end in paragraphs(text):
        spans.extend(_in_paragraph(text, p_start, p_end))
    return spans


def _in_paragraph(text: str, p_start: int, p_end: int) -> Iterator[MarkSpan]:
    open_at: int | None = None
    for m in _MARKS.finditer(text, p_start, p_end):
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch in CLOSERS or _is_inch(text, i):
                continue  # a stray closer or an inch mark opens nothing
            open_at = i
        elif ch in OPENERS and _looks_like_reopen(text, open_at, i):
            open_at = i  # an unpaired opener earlier in the line: restart here
        else:
            yield _make(text, open_at, i, True, p_start, p_end)
            open_at = None
    if open_at is not None:
        yield _make(text, open_at, p_end, False, p_start, p_end)


def _is_inch(text: str, i: int) -> bool:
    return text[i] == STRAIGHT and i > 0 and text[i - 1].isdigit()


def _looks_like_reopen(text: str, open_at: int, i: int) -> bool:
    # “a “b” : the second curly opener follows a space, so the first one was never closed
    return i > 0 and text[i - 1].isspace() and i + 1 < len(text) and not text[i + 1].isspace()


def _make(text: str, open_at: int, close_at: int, closed: bool,
          p_start: int, p_end: int) -> MarkSpan:
    start, end = open_at + 1, close_at
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return MarkSpan(open_at, close_at, start, end, closed, p_start, p_end)


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'’]+", text))


def looks_like_title(text: str) -> bool:
    """Every word capitalised and no sentence punctuation (a closing full stop aside, as
    American style puts it inside the marks): the name of a work or title, not speech."""
    text = text.strip().rstrip(".")
    words = re.findall(r"[\w'’]+", text)
    minor = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by"}
    caps = all(w[0].isupper() or w[0].isdigit() or w.lower() in minor for w in words)
    return bool(words) and caps and not re.search(r"[.!?,;:]", text)
