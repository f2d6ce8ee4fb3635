"""Answers from quotes: "who said X?", "what did X tell Y (about Z)?"."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import query
from . import ask_data
from .ask_common import Answer, all_pages
from .ask_parse import Intent


def from_quotes(conn, intent: Intent) -> Answer | None:
    dups = ask_data.duplicates(conn)
    speakers = intent.entities_of("person")
    pool = all_pages(query.quotes, conn, speaker=speakers[0]) if (
        intent.kind == "quote" and speakers) else all_pages(query.quotes, conn)
    pool = [q for q in pool if q["document"] not in dups] or pool
    if intent.kind == "who_said":
        scored = [(fuzz.token_set_ratio(intent.quote_text.lower(), q["text"].lower()), q)
                  for q in pool]
        scored = [(s, q) for s, q in scored if s >= 60]
    else:
        if intent.quote_outlet:
            pool = [q for q in pool if _same_outlet(intent.quote_outlet, q)]
        topic = _stems(intent.quote_topic)
        scored = [(len(topic & _stems(q["text"])), q) for q in pool]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [q for s, q in scored if s == best][0]
    ranked = [top] + [q for s, q in sorted(scored, key=lambda x: -x[0]) if q is not top][:2]
    who = top["speaker_name"] or "an unidentified speaker"
    to = top["outlet"]
    where = f"to {to}" if to else (f"in {top['document_outlet']}" if top["document_outlet"]
                                   else "(no outlet named)")
    text = f"{who}, {where}: “{top['text']}”"
    if intent.kind == "quote":
        text = f"{who} told {to or top['document_outlet'] or 'an unnamed outlet'}: “{top['text']}”"
    cites = [_quote_cite(q) for q in ranked]
    return Answer(intent.question, text, intent.kind, citations=cites,
                  notes=[] if top["speaker"] else ["The knowledge base has no speaker for this "
                                                   "quote."])


def _same_outlet(wanted: str, q: dict) -> bool:
    w = re.sub(r"^the\s+", "", wanted.strip().lower())
    for o in (q["outlet"], q["document_outlet"]):
        if o and fuzz.ratio(w, re.sub(r"^the\s+", "", o.lower())) >= 85:
            return True
    return False


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _quote_cite(q: dict) -> dict:
    return {"document": q["document"], "title": q["title"], "outlet": q["document_outlet"],
            "published": q["published"], "start": q["start"], "end": q["end"], "text": q["text"],
            "speaker": q["speaker_name"], "said_to": q["outlet"]}
