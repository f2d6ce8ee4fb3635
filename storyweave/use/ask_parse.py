"""Reading a question by rules: what kind of answer, which predicates, which entities (no LLM)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

# (pattern, predicates, kind override or None). First match wins; order matters.
RULES: list[tuple[str, tuple[str, ...], str | None]] = [
    (r"\bhow old\b|\bwhat age\b|\b(his|her|their)? ?age\b", ("date_of_birth",), "how_old"),
    (r"\bhow many (children|kids|sons|daughters|babies)\b", ("child",), "how_many"),
    (r"\b(birth|real|given|legal|full( first)?) name\b|\bborn as\b|\bcalled at birth\b",
     ("birth_name",), "what"),
    (r"\bwhere\b.*\bborn\b|\bbirth ?place\b|\bplace of birth\b", ("place_of_birth",), "where"),
    (r"\bwhen\b.*\bborn\b|\bbirth ?day\b|\bdate of birth\b|\bborn when\b", ("date_of_birth",),
     "when"),
    (r"\bfirst (met|meet)\b|\b(did|do) .* meet\b|\bhow .* met\b", ("first_met",), None),
    (r"\bstart(ed)? dating\b|\bbeg[ia]n dating\b|\bget together\b|\brelationship start",
     ("relationship_start",), None),
    (r"\bengage|\bpropos", ("engagement",), None),
    (r"\bdivorc|\bsplit\b|\bseparat", ("divorce",), None),
    (r"\b(wife|husband|spouse|married to|partner)\b", ("spouse", "marriage", "partner"), "who"),
    (r"\bmarr(y|ied|iage)\b|\bwedding\b|\bwed\b|\btie the knot\b|\btied the knot\b",
     ("marriage", "spouse"), None),
    (r"\b(sister|brother|sibling)s?\b", ("sibling",), "who"),
    (r"\b(father|mother|parent|dad|mom|mum)s?\b", ("child",), "parent"),
    (r"\b(children|child|kids|son|daughter|sons|daughters|baby)\b", ("child",), "who"),
    (r"\bband\b|\bmember of\b|\bgroup\b|\bbelongs? to\b", ("member_of",), "what"),
    (r"\bstud(y|ied)\b|\bschool\b|\bcollege\b|\buniversity\b|\bgraduat|\beducat|\btrain(ed)?\b",
     ("educated_at",), "where"),
    (r"\bawards?\b|\bprizes?\b|\bwon\b|\bwin\b|\bhonou?rs?\b", ("award_received",), "what"),
    (r"\bwork(s|ed)? (for|at)\b|\bemploy", ("employer",), "what"),
    (r"\bjob\b|\boccupation\b|\bprofession\b|\bfor a living\b|\bwhat does .* do\b",
     ("occupation",), "what"),
    (r"\bpregnan|\bexpecting\b", ("pregnancy_announcement", "pregnancy_loss"), "when"),
    (r"\bdied\b|\bdeath\b|\bpassed away\b", ("date_of_death",), "when"),
]

# Words that widen the full-text search when a predicate has no fact.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date_of_birth": ("born", "birth", "welcomed", "year-old", "age"),
    "place_of_birth": ("born", "grew", "hometown"),
    "birth_name": ("born", "name", "full"),
    "first_met": ("met", "meet", "crossed", "paths"),
    "relationship_start": ("dating", "began"),
    "engagement": ("engaged", "proposed", "proposal", "engagement"),
    "marriage": ("married", "wedding", "wed", "knot"),
    "spouse": ("wife", "husband", "married"),
    "sibling": ("sister", "brother", "sibling"),
    "child": ("daughter", "son", "children", "child", "baby", "welcomed"),
    "member_of": ("band", "formed", "founded", "member", "group"),
    "educated_at": ("graduated", "studied", "studying", "school", "institute", "college",
                    "university", "trained"),
    "award_received": ("award", "won", "winner", "prize", "grammy", "emmy", "oscar"),
    "employer": ("works", "worked", "hired", "joined"),
    "occupation": ("singer", "chef", "host", "actor", "writer"),
    "pregnancy_announcement": ("pregnant", "pregnancy", "expecting", "baby"),
    "divorce": ("divorce", "split", "separated"),
}

STOP = set("""a an the and or of to in on at for by with from about as is are was were be been
being do does did done has have had having what which who whom whose when where why how many
much old their his her its they them he she it this that these those there here into than then
so if not no yes me my i you your we our us one get got any ever most more some""".split())

# What entity types a short answer taken from a sentence may have, by predicate.
ANSWER_TYPES: dict[str | None, tuple[str, ...]] = {
    "member_of": ("organization",), "employer": ("organization",),
    "educated_at": ("organization", "place"), "award_received": ("other", "work"),
    "place_of_birth": ("place",), "sibling": ("person",), "spouse": ("person",),
    "child": ("person",), None: ("person",),
}


@dataclass
class Mention:
    entity: str
    type: str
    name: str
    start: int
    end: int
    fuzzy: bool = False


@dataclass
class Intent:
    question: str
    kind: str                        # when|where|who|what|how_old|how_many|parent|quote|...
    predicates: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    quote_text: str = ""             # "who said X": the words to look for among quotes
    quote_outlet: str = ""           # "what did X tell Y": the outlet
    quote_topic: str = ""            # "... about Z"

    @property
    def entities(self) -> list[str]:
        seen: list[str] = []
        for m in self.mentions:
            if m.entity not in seen:
                seen.append(m.entity)
        return seen

    def entities_of(self, *types: str) -> list[str]:
        return [e for e in self.entities if any(m.entity == e and m.type in types
                                                for m in self.mentions)]

    def keywords(self) -> list[str]:
        """Content words of the question outside entity names."""
        q = self.question
        for m in sorted(self.mentions, key=lambda m: -m.start):
            q = q[:m.start] + " " + q[m.end:]
        return [w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", q)
                if w.lower() not in STOP and len(w) > 1 and not w.lower().endswith("'s")] + \
            [w[:-2] for w in re.findall(r"[A-Za-z0-9]+['’]s\b", q)]


_WHO_SAID = re.compile(r"^\s*who (said|says|told|wrote|joked)\b[, ]*(?P<text>.+?)"
                       r"(?:,?\s*and (?:to|in|for) (?:which|what) (?:outlet|publication|"
                       r"magazine|paper|newspaper|site|media)\b.*)?\??\s*$", re.I)
_TOLD = re.compile(r"^\s*what (?:did|does|has) (?P<speaker>.+?) (?:tell|told|say to|said to|"
                   r"tell the|write to) (?P<outlet>.+?)(?: about (?P<topic>.+?))?\??\s*$", re.I)
_SAID_ABOUT = re.compile(r"^\s*what (?:did|does|has) (?P<speaker>.+?) (?:say|said|write|wrote)"
                         r"(?: about (?P<topic>.+?))?\??\s*$", re.I)


def parse(question: str, names: list[tuple[str, str, str]],
          weights: dict[str, int]) -> Intent:
    q = " ".join(question.strip().split())
    low = q.lower()
    mentions = find_entities(q, names, weights)
    if m := _WHO_SAID.match(q):
        return Intent(q, "who_said", (), mentions, quote_text=m["text"].strip(" ,?"))
    if m := _TOLD.match(q):
        return Intent(q, "quote", (), mentions, quote_outlet=m["outlet"].strip(),
                      quote_topic=(m["topic"] or "").strip())
    if m := _SAID_ABOUT.match(q):
        return Intent(q, "quote", (), mentions, quote_topic=(m["topic"] or "").strip())
    kind = _question_word(low)
    for pattern, predicates, override in RULES:
        if re.search(pattern, low):
            if override in ("how_old", "how_many"):
                kind = override
            elif override == "parent":
                kind = "parent"
            elif kind not in ("when", "where", "who") and override:
                kind = override
            elif kind == "who" and override in ("what",):
                kind = "what"
            return Intent(q, kind, predicates, mentions)
    return Intent(q, kind, (), mentions)


def _question_word(low: str) -> str:
    for word, kind in (("when", "when"), ("what year", "when"), ("where", "where"),
                       ("who", "who"), ("whom", "who"), ("which", "what"), ("what", "what"),
                       ("how many", "how_many"), ("how old", "how_old")):
        if low.startswith(word + " ") or f" {word} " in f" {low[:25]} ":
            return kind
    return "what"


def find_entities(question: str, names: list[tuple[str, str, str]],
                  weights: dict[str, int]) -> list[Mention]:
    """Entities named in the question: exact names/aliases (longest first), then fuzzy names."""
    candidates: list[tuple[int, int, int, int, Mention]] = []
    cased = any(c.isupper() for c in question[1:])  # the asker capitalizes names
    for entity, etype, name in names:
        if len(name) < 2 or name.lower() in STOP:
            continue
        if not any(c.isupper() for c in name) and not name.startswith("@"):
            continue  # a lowercase alias ("the singer") names nothing in a question
        for m in re.finditer(r"(?<![\w@])" + re.escape(name) + r"(?!\w)", question, re.I):
            if cased and not any(c.isupper() for c in m.group()) and not name.startswith("@"):
                continue  # "married life" in a cased question is no name
            rank = (m.end() - m.start(), etype == "person", weights.get(entity, 0))
            candidates.append((*rank, m.start(), Mention(entity, etype, name, m.start(), m.end())))
    chosen: list[Mention] = []
    for *_, mention in sorted(candidates, key=lambda c: (-c[0], -c[1], -c[2], c[3], c[4].entity)):
        if not any(mention.start < c.end and c.start < mention.end for c in chosen):
            chosen.append(mention)
    chosen.extend(_fuzzy(question, chosen, names, weights))
    return sorted(chosen, key=lambda m: m.start)


def _fuzzy(question: str, chosen: list[Mention], names: list[tuple[str, str, str]],
           weights: dict[str, int]) -> list[Mention]:
    """Capitalized phrases no exact name covered, matched to the closest name (typos, variants)."""
    out: list[Mention] = []
    choices = [n for _, _, n in names]
    for m in re.finditer(r"(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*", question):
        start, end = m.start(), m.end()
        text = re.sub(r"['’]s$", "", m.group())
        if start == 0 and text.lower() in {"who", "what", "when", "where", "which", "how", "did",
                                           "does", "is", "was", "has"}:
            continue
        if any(start < c.end and c.start < end for c in chosen) or len(text) < 4:
            continue
        hit = process.extractOne(text, choices, scorer=fuzz.WRatio, score_cutoff=86)
        if hit is None:
            continue
        matches = [(weights.get(e, 0), t == "person", e, t, n) for e, t, n in names if n == hit[0]]
        _, _, entity, etype, name = max(matches)
        out.append(Mention(entity, etype, name, start, start + len(text), fuzzy=True))
    return out
