"""The fallback: rank evidence sentences with SQLite FTS5 (BM25) when no fact answers.

The index is built at ask time in an in-memory database from the kept text (boilerplate
blanked) of every original document, one row per sentence with its offsets into the stored
text, so a cited sentence can be opened exactly like fact evidence. A persistent FTS5 table
filled at ingest would avoid re-splitting every document per question on large stores.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from . import ask_data

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9])|$)", re.M)


def split_sentences(text: str, removed: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text` that does not touch a removed span."""
    out = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 12 or any(s < end and start < e for s, e in removed):
            continue
        out.append((start, end))
    return out


class SentenceIndex:
    """An in-memory FTS5 index of sentences (Porter-stemmed, BM25-ranked)."""

    def __init__(self, conn: sqlite3.Connection):
        self.db = sqlite3.connect(":memory:")
        self.db.row_factory = sqlite3.Row
        self.db.execute("CREATE VIRTUAL TABLE s USING fts5(text, document UNINDEXED, "
                        "start UNINDEXED, stop UNINDEXED, tokenize = 'porter unicode61')")
        self.meta: dict[str, sqlite3.Row] = {}
        rows = []
        for doc in ask_data.documents_for_search(conn):
            self.meta[doc["id"]] = doc
            removed = ask_data.removed_spans(conn, doc["id"])
            for start, end in split_sentences(doc["text"], removed):
                rows.append((doc["text"][start:end], doc["id"], start, end))
        self.db.executemany("INSERT INTO s (text, document, start, stop) VALUES (?,?,?,?)", rows)

    def search(self, groups: Sequence[Sequence[str]], keywords: Sequence[str],
               limit: int = 3) -> list[dict]:
        """Best sentences: every entity group and a keyword first, then looser combinations."""
        kw = _any(keywords)
        ents = [_any(g) for g in groups if g]
        tries = []
        if ents and kw:
            tries.append(" AND ".join([*ents, kw]))
            tries.extend(f"{e} AND {kw}" for e in ents)
        if ents:
            tries.append(" AND ".join(ents))
        if kw:
            tries.append(kw)
        for query in tries:
            hits = self._run(query, limit)
            if hits:
                return hits
        return []

    def _run(self, query: str, limit: int) -> list[dict]:
        try:
            rows = self.db.execute(
                "SELECT text, document, start, stop, bm25(s) AS score FROM s WHERE s MATCH ? "
                "ORDER BY score, rowid LIMIT ?", (query, limit)).fetchall()
        except sqlite3.OperationalError:
            return []
        out = []
        for r in rows:
            doc = self.meta[r["document"]]
            out.append({"document": r["document"], "title": doc["title"], "outlet": doc["outlet"],
                        "published": doc["published_latest"] or doc["published_earliest"],
                        "start": r["start"], "end": r["stop"], "text": r["text"],
                        "score": round(-r["score"], 4)})
        return out

    def close(self) -> None:
        self.db.close()


def _any(words: Sequence[str]) -> str:
    """An FTS5 OR-group of quoted terms (phrases allowed), or '' when empty."""
    terms = []
    for w in words:
        w = re.sub(r"[\"’']s$", "", w.replace("’", "'"))
        tokens = re.findall(r"\w+", w)
        if tokens:
            term = '"' + " ".join(tokens) + '"'
            if term not in terms:
                terms.append(term)
    return "(" + " OR ".join(terms) + ")" if terms else ""
