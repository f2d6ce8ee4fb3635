"""Questions with citations: `answer(kb, "When did X marry Y?")` → an `Answer` with its sources.

Rules, not a language model: the question is mapped to predicates and entities
(`ask_parse`), answered from consolidated facts with their evidence sentences, and every
disagreement between sources is shown with each side's sources. When no fact answers, the
best evidence sentences found by full-text search (FTS5/BM25, `ask_search`) are returned
instead and the answer says so (`fallback=True`).
"""
from __future__ import annotations

import datetime as dt
import re

from .. import query
from ..consolidate.explain import render_interval
from ..model import Interval
from . import ask_data
from .ask_common import PUBLISHED, Answer, all_pages, cite, sources
from .ask_parse import ANSWER_TYPES, SYNONYMS, Intent, parse
from .ask_quotes import from_quotes
from .ask_search import SentenceIndex

__all__ = ["Answer", "answer"]

# Predicates with one true value per subject (or pair): different values are a disagreement.
SINGLE_VALUED = {"date_of_birth", "date_of_death", "place_of_birth", "birth_name", "first_met",
                 "relationship_start", "engagement", "marriage", "divorce"}
NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def answer(kb, question: str) -> Answer:
    """Answer `question` from the knowledge base `kb` (a KnowledgeBase or a Store)."""
    conn = _conn(kb)
    PUBLISHED.set(ask_data.published(conn))
    intent = parse(question, ask_data.names(conn), ask_data.entity_weights(conn))
    labels = ask_data.entity_labels(conn)
    ents = [{"id": e, "name": labels.get(e, (e,))[0]} for e in intent.entities]
    result = None
    if intent.kind in ("who_said", "quote"):
        result = from_quotes(conn, intent)
    elif intent.predicates and intent.entities:
        result = _from_facts(conn, intent)
    if result is None:
        result = _fallback(conn, intent)
    result.entities = ents
    return result


# --------------------------------------------------------------------------- facts

def _facts(conn, intent: Intent) -> list[dict]:
    people = intent.entities_of("person") or intent.entities
    found: dict[str, dict] = {}
    for predicate in intent.predicates:
        for entity in people:
            for f in all_pages(query.facts, conn, predicate=predicate, subject=entity):
                found.setdefault(f["id"], f)
    facts = sorted(found.values(), key=lambda f: (intent.predicates.index(f["predicate"]),
                                                  f["id"]))
    if len(people) >= 2 and intent.kind not in ("how_many",):
        both = [f for f in facts if f["subject"] in people and f["object"] in people]
        facts = both or facts
    return facts


def _from_facts(conn, intent: Intent) -> Answer | None:
    facts = _facts(conn, intent)
    if not facts:
        return None
    if intent.kind == "how_old":
        return _how_old(conn, intent, facts)
    if intent.kind == "how_many":
        return _how_many(conn, intent, facts)
    values: dict[str, list[dict]] = {}
    for f in facts:
        v = _value(f, intent)
        if v:
            values.setdefault(v, []).append(f)
    if not values:
        return None
    dups = ask_data.duplicates(conn)
    used = [f for fs in values.values() for f in fs]
    sides = [{"answer": v, "facts": [f["id"] for f in fs], "citations": cite(fs, dups)}
             for v, fs in values.items()]
    notes = _conflict_notes(conn, used)
    single = any(f["predicate"] in SINGLE_VALUED for f in used)
    conflicting = any(f["status"] == "conflicting" for f in used)
    disputed = len(values) > 1 and single and conflicting
    if disputed and intent.kind == "when" and _nested([f["time"] for f in used]):
        disputed = False  # "2016" and "summer of 2016": compatible dates
        sides.sort(key=lambda s: _width(values[s["answer"]][0]["time"]))
        text = f"{sides[0]['answer']} ({sources(sides[0]['citations'])}); consistent with " + \
            "; ".join(f"{s['answer']} ({sources(s['citations'])})" for s in sides[1:])
    elif disputed:
        text = "Sources disagree: " + " vs ".join(
            f"{s['answer']} ({sources(s['citations'])})" for s in sides)
    else:
        text = "; ".join(f"{s['answer']} ({sources(s['citations'])})" for s in sides)
    if intent.kind == "when" and notes and not disputed:
        notes.insert(0, "The dates agree; the knowledge base records a conflict on another part "
                        "of these facts (see below).")
    return Answer(intent.question, text, intent.kind, facts=[_fact_view(f) for f in used],
                  citations=cite(used, dups), disputed=disputed,
                  sides=sides if disputed else [], notes=notes)


def _value(f: dict, intent: Intent) -> str | None:
    """What a fact answers for this kind of question (None when it does not answer it)."""
    people = set(intent.entities)
    other = f["object_name"] if f["subject"] in people else f["subject_name"]
    if f["subject"] in people and f["object"] in people and len(people) == 1:
        other = None
    if intent.kind == "when":
        if not f["time"]:
            return None
        when, said = f["when"], (f["time"].get("text") or "").strip()
        if said and said.lower() not in when.lower() and not re.fullmatch(r"\d+", said):
            return f"{when} (“{said}”)"
        return when
    if intent.kind == "where":
        if f["predicate"] in ("place_of_birth", "educated_at", "employer", "member_of"):
            return f["object_name"] or f["value"]
        return f["place_name"] or (f["place"] if f["place"] else None)
    if intent.kind == "parent":
        return f["subject_name"] if f["object"] in people else None
    if intent.kind == "who" and f["predicate"] == "child" and f["subject"] not in people:
        return None
    return other or f["value"]


def _nested(times: list[dict | None]) -> bool:
    """True when every pair of the dated intervals overlaps (they can all be true)."""
    spans = [(t["earliest"] or "0000", t["latest"] or "9999") for t in times if t]
    return all(a[0] <= b[1] and b[0] <= a[1] for a in spans for b in spans)


def _width(t: dict | None) -> int:
    if not t or not t["earliest"] or not t["latest"]:
        return 10 ** 6
    return (dt.date.fromisoformat(t["latest"]) - dt.date.fromisoformat(t["earliest"])).days


def _how_old(conn, intent: Intent, facts: list[dict]) -> Answer | None:
    ref, ref_doc = ask_data.reference_date(conn)
    dated = [f for f in facts if f["predicate"] == "date_of_birth" and f["time"]
             and f["subject"] in intent.entities]
    if not dated or ref is None:
        return None
    today = dt.date.fromisoformat(ref)
    dups = ask_data.duplicates(conn)
    sides: dict[str, list[dict]] = {}
    for f in dated:
        lo, hi = f["time"]["earliest"], f["time"]["latest"]
        ages = sorted({_age(dt.date.fromisoformat(d), today) for d in (lo, hi) if d})
        age = " or ".join(str(a) for a in range(ages[0], ages[-1] + 1))
        sides.setdefault(f"{age} (born {f['when']})", []).append(f)
    views = [{"answer": k, "facts": [f["id"] for f in fs], "citations": cite(fs, dups)}
             for k, fs in sides.items()]
    when = render_interval(Interval(today, today))
    disputed = len(views) > 1
    name = _name(conn, intent.entities[0])
    if disputed:
        text = (f"Sources disagree on {name}'s age as of {when}: " + " vs ".join(
            f"{v['answer']}, {_stated(v)}" for v in views))
    else:
        text = f"{name} is {views[0]['answer']} as of {when}, {_stated(views[0])}"
    note = (f"Ages are computed for {when}, the latest publication date in the knowledge base "
            f"(document {ref_doc}), from the date-of-birth interval.")
    used = [f for fs in sides.values() for f in fs]
    return Answer(intent.question, text, "how_old", facts=[_fact_view(f) for f in used],
                  citations=cite(used, dups), disputed=disputed,
                  sides=views if disputed else [],
                  notes=[note, *_conflict_notes(conn, used)])


def _stated(view: dict) -> str:
    """Where the age comes from: 'from Meridian Post, September 12, 2019'."""
    cites = view["citations"]
    if not cites:
        return "source unknown"
    return f"from {sources(cites)}"


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _how_many(conn, intent: Intent, facts: list[dict]) -> Answer | None:
    people = set(intent.entities_of("person") or intent.entities)
    kids = [f for f in facts if f["predicate"] == "child" and f["subject"] in people
            and f["object"]]
    if not kids:
        return None
    names = list(dict.fromkeys(f["object_name"] for f in sorted(kids, key=_born_order)))
    n = len(names)
    count = NUMBERS[n] if n < len(NUMBERS) else str(n)
    dups = ask_data.duplicates(conn)
    text = f"{count}: {_join(names)} ({sources(cite(kids, dups))})"
    return Answer(intent.question, text, "how_many", facts=[_fact_view(f) for f in kids],
                  citations=cite(kids, dups), notes=_conflict_notes(conn, kids))


def _born_order(f: dict) -> tuple:
    return ((f["time"] or {}).get("earliest") or "9999", f["object_name"] or "")


# --------------------------------------------------------------------------- fallback

def _fallback(conn, intent: Intent) -> Answer:
    names = ask_data.names(conn)
    groups = [[n for e, _, n in names if e == ent and (any(c.isupper() for c in n)
                                                        or n.startswith("@"))]
              for ent in intent.entities]
    keywords = intent.keywords() + [w for p in intent.predicates for w in SYNONYMS.get(p, ())]
    if intent.kind == "who_said" and intent.quote_text:
        keywords = [w for w in re.findall(r"\w+", intent.quote_text) if len(w) > 3]
    index = SentenceIndex(conn)
    try:
        hits = index.search(groups, keywords, limit=12)
        if _cue(intent):  # an age is a number, not a word: look at every sentence about them
            seen = {(h["document"], h["start"]) for h in hits}
            hits += [h for h in index.search(groups, [], limit=50)
                     if (h["document"], h["start"]) not in seen]
    finally:
        index.close()
    hits = _rerank(conn, intent, hits)[:3]
    if not hits:
        return Answer(intent.question, "The knowledge base has no fact or sentence that answers "
                      "this question.", intent.kind, fallback=True)
    top = hits[0]
    short = _short_answer(conn, intent, top)
    said = f"“{top['text']}” ({sources([top])})"
    if short:
        text = f"Probably {short}: no stored fact says so; the best-matching sentence is {said}"
    else:
        text = f"No stored fact answers this; the best-matching sentence is {said}"
    cites = [{k: h[k] for k in ("document", "title", "outlet", "published", "start", "end",
                                "text", "score")} for h in hits]
    return Answer(intent.question, text, intent.kind, citations=cites, fallback=True,
                  notes=["Found by full-text search (BM25) over the evidence sentences, not "
                         "from a consolidated fact."])


# Sentences that state what a question about these predicates needs (an age, a birth).
CUES = {"how_old": r"\b\d{1,3}-year-old\b|,\s*\d{1,3},|\baged?\s+\d{1,3}\b",
        "date_of_birth": r"\bborn\b|\bwelcomed\b|\bbirth\b"}


def _cue(intent: Intent) -> str | None:
    return CUES.get(intent.kind) or next((CUES[p] for p in intent.predicates if p in CUES), None)


def _rerank(conn, intent: Intent, hits: list[dict]) -> list[dict]:
    """BM25 order, but sentences holding what the question asks for (an entity of the expected
    type, an age) first."""
    cue = _cue(intent)

    def key(item: tuple[int, dict]) -> tuple:
        rank, hit = item
        has_answer = _short_answer(conn, intent, hit) is not None
        has_cue = bool(cue and re.search(cue, hit["text"]))
        return (not has_cue, not has_answer, rank)

    return [h for _, h in sorted(enumerate(hits), key=key)]


def _short_answer(conn, intent: Intent, hit: dict) -> str | None:
    """A named entity of the expected type in the sentence (who/which/where questions), the
    one nearest to a word of the question."""
    if intent.kind not in ("who", "what", "where", "parent"):
        return None
    key = intent.predicates[0] if intent.predicates else None
    if key is None and intent.kind != "who":
        return None
    types = ANSWER_TYPES.get(key)
    if not types:
        return None
    text, base = hit["text"].lower(), hit["start"]
    own = [w.lower() for w in intent.keywords()]
    anchors = [m.start() + base for w in own[:1] for m in re.finditer(r"\b" + re.escape(w[:5]),
                                                                    text)]
    if not anchors:  # the question's first word is not in the sentence: any of its words
        words = own + [w for p in intent.predicates for w in SYNONYMS.get(p, ())]
        anchors = [m.start() + base for w in words
                   for m in re.finditer(r"\b" + re.escape(w[:5]), text)]
    labels = ask_data.entity_labels(conn)
    found = [(min((min(abs(start - a), abs(end - a)) for a in anchors), default=0), start, entity)
             for entity, etype, start, end in ask_data.named_mentions(
                 conn, hit["document"], hit["start"], hit["end"])
             if etype in types and entity not in intent.entities]
    return labels[min(found)[2]][0] if found else None


# --------------------------------------------------------------------------- helpers

def _conflict_notes(conn, facts: list[dict]) -> list[str]:
    ids = sorted({c for f in facts for c in f.get("conflicts", [])})
    notes = []
    for cid in ids:
        try:
            notes.append(query.conflict(conn, cid)["explanation"])
        except Exception:  # noqa: BLE001 - a vanished conflict is no reason to fail an answer
            continue
    return notes


def _fact_view(f: dict) -> dict:
    return {k: f.get(k) for k in ("id", "subject", "subject_name", "predicate", "object",
                                  "object_name", "value", "place", "place_name", "time",
                                  "when", "status")}


def _conn(kb):
    """The SQLite connection behind a KnowledgeBase, a Store or a connection."""
    store = getattr(kb, "store", kb)
    return getattr(store, "conn", store)


def _name(conn, entity: str) -> str:
    return ask_data.entity_labels(conn).get(entity, (entity,))[0]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
