"""What every part of question answering shares: the Answer and how sources are cited."""
from __future__ import annotations

import datetime as dt
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field

from ..consolidate.explain import render_interval
from ..model import Interval

PAGE = 500


@dataclass
class Answer:
    """One answer: a line of text, the facts and sentences behind it, and every side of a dispute."""

    question: str
    text: str
    kind: str
    facts: list[dict] = field(default_factory=list)
    citations: list[dict] = field(default_factory=list)
    disputed: bool = False
    sides: list[dict] = field(default_factory=list)   # [{answer, facts, citations}]
    fallback: bool = False
    entities: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return asdict(self)


def all_pages(fn, conn, **kw) -> list[dict]:
    out, offset = [], 0
    while True:
        page = fn(conn, limit=PAGE, offset=offset, **kw)
        out.extend(page["items"])
        offset += PAGE
        if offset >= page["total"]:
            return out


def cite(facts: list[dict], dups: dict[str, str]) -> list[dict]:
    """Evidence of `facts` as citations, one per sentence: a syndicated copy of a sentence
    already cited from its original is left out."""
    out, seen = [], set()
    items = [e for f in facts for e in f["evidence"]]
    items.sort(key=lambda e: (e["document"] in dups, e["published"] or "", e["document"],
                              e["start"]))
    for e in items:
        key = (" ".join(e["text"].split()), dups.get(e["document"], e["document"]))
        if key in seen or (e["document"], e["start"], e["end"]) in seen:
            continue
        seen.add(key)
        seen.add((e["document"], e["start"], e["end"]))
        out.append({k: e[k] for k in ("document", "title", "outlet", "published", "start",
                                      "end", "text")})
    return out


def sources(cites: list[dict]) -> str:
    """'Harbor Weekly, January 23, 2024; The Daily Lantern, November 16, 2021'."""
    parts = []
    for c in cites:
        who = c["outlet"] or f"“{c['title']}”"
        lo, hi = PUBLISHED.get().get(c["document"]) or (c.get("published"), c.get("published"))
        when = render_interval(Interval(_date(lo), _date(hi))) if lo or hi else ""
        label = f"{who}, {when}" if when else who
        if label not in parts:
            parts.append(label)
    return "; ".join(parts) or "no source"


# document id -> (published earliest, latest), set by each answer() call (thread-safe)
PUBLISHED: ContextVar[dict] = ContextVar("storyweave_ask_published", default={})


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None
