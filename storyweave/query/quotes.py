"""Quotes: who said what, to which outlet, where in which document.

quote: {id, text, speaker, speaker_name, outlet, document, title, document_outlet, published,
start, end, cue: {start, end} | None}
"""
from __future__ import annotations

from ._base import Page, check_page, conn_of, names, page, where
from .documents import titles


def quotes(source, speaker: str | None = None, outlet: str | None = None,
           document: str | None = None, limit: int | None = None,
           offset: int | None = None) -> Page:
    """Quotes in document order; filter by speaker entity id, by outlet (case-insensitive:
    the outlet the quote was given to, or the publishing outlet) or by document."""
    conn = conn_of(source)
    sql, params = where(("q.speaker = ?", speaker), ("q.document_id = ?", document),
                        ("(lower(q.outlet) = lower(?) OR lower(d.outlet) = lower(?))", outlet))
    limit, offset = check_page(limit, offset)
    base = f"FROM quotes q JOIN documents d ON d.id = q.document_id {sql}"
    total = conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
    rows = conn.execute(f"SELECT q.* {base} ORDER BY d.seq, q.start, q.id "
                        f"LIMIT {limit} OFFSET {offset}", params).fetchall()
    who = names(conn, [r["speaker"] for r in rows])
    docs = titles(conn, [r["document_id"] for r in rows])
    return Page(items=[_quote(r, who, docs) for r in rows], total=total, limit=limit,
                offset=offset)


def speakers(source) -> list[dict]:
    """[{id, name, quotes}]: everyone quoted, most quoted first."""
    conn = conn_of(source)
    rows = conn.execute("SELECT q.speaker, e.name, COUNT(*) AS n FROM quotes q JOIN entities e "
                        "ON e.id = q.speaker GROUP BY q.speaker, e.name ORDER BY n DESC, e.name")
    return [{"id": r[0], "name": r[1], "quotes": r[2]} for r in rows]


def outlets(source) -> list[dict]:
    """[{outlet, quotes}]: outlets quotes were given to or published in."""
    conn = conn_of(source)
    rows = conn.execute("SELECT COALESCE(q.outlet, d.outlet) AS o, COUNT(*) FROM quotes q "
                        "JOIN documents d ON d.id = q.document_id WHERE COALESCE(q.outlet, d.outlet) IS NOT NULL "
                        "GROUP BY o ORDER BY 2 DESC, o")
    return [{"outlet": r[0], "quotes": r[1]} for r in rows]


def _quote(r, who: dict, docs: dict) -> dict:
    d = docs.get(r["document_id"], {})
    cue = {"start": r["cue_start"], "end": r["cue_end"]} if r["cue_start"] is not None else None
    return {"id": r["id"], "text": r["text"], "speaker": r["speaker"],
            "speaker_name": who.get(r["speaker"]) if r["speaker"] else None,
            "outlet": r["outlet"], "document": r["document_id"], "title": d.get("title"),
            "document_outlet": d.get("outlet"), "published": d.get("published"),
            "start": r["start"], "end": r["end"], "cue": cue}
