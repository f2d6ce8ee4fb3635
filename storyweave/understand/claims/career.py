"""Career claims: employer, member_of, educated_at.

Objects are organization (or work, for magazines and papers) mentions of the sentence. Two
kinds of evidence: a job title between an organization and a name ("Acme chief executive Ana
Cole", "Acme's Ana Cole"), and the dependency path from the organization up to the person
("a lawyer with Acme", "Ana Cole, the Acme manager", "she studied at Lyon University").
Teams count as employers, as the gold and Wikidata's P108 use them for players.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...model import Claim, Interval, Mention
from ..descriptors import OCCUPATIONS
from .context import Sentence
from .groups import band_context, is_group, is_party, member_predicate, own_group
from .person import APPOINT_VERBS, OCCUPATION_NOUNS
from ..lexicon import INSTITUTION_HEADS
from ..people import names_an_organization
from ..nlp import text_of

ROLES = OCCUPATIONS | {"employee", "staffer", "worker", "engineer", "analyst", "detective",
                       "agent", "chairman", "chairwoman", "chair", "official", "strategist",
                       "receiver", "linebacker", "lineman", "defenseman", "goalkeeper", "striker",
                       "midfielder", "defender", "forward", "guard", "center", "catcher",
                       "shortstop", "outfielder", "spokesperson", "correspondent", "columnist",
                       "commentator", "co-founder", "cofounder", "owner", "partner", "associate",
                       "consultant", "adviser", "advisor", "secretary", "treasurer", "cfo", "cto",
                       "coo", "gm", "captain", "keyboardist", "saxophonist", "trumpeter",
                       "violinist", "cellist", "conductor", "lead"}
BAND_ROLES = {"frontman", "frontwoman", "bassist", "guitarist", "drummer", "vocalist",
              "keyboardist", "saxophonist", "trumpeter", "lead", "singer", "rapper", "bandmate"}
TEAM_NOUNS = {"team", "club", "franchise", "side", "affiliate", "outfit", "member"}
MEMBER_NOUNS = {"member", "co-founder", "cofounder", "fellow", "trustee"}
# verbs that make their subject an employee of the organization, with the prepositions
# (or "dobj") that attach the organization
EMPLOY = {"work": {"for", "at", "with"}, "play": {"for", "with", "in"}, "join": {"dobj"},
          "sign": {"with", "for", "dobj"}, "employ": {"by"}, "hire": {"by"}, "serve": {"with", "for"},
          "rejoin": {"dobj"}, "manage": {"dobj"}, "coach": {"dobj"}, "found": {"dobj"},
          "co-found": {"dobj"}, "cofound": {"dobj"}, "lead": {"dobj"}, "head": {"dobj"},
          "draft": {"by"}, "trade": {"to"}, "acquire": {"by"}, "teach": {"at"},
          "leave": {"dobj"}, "quit": {"dobj"}, "resign": {"from"}, "retire": {"from"},
          "spend": {"at", "with"}, "run": {"dobj"}, "recruit": {"by", "nsubj"},
          "poach": {"by", "nsubj"}}
# "Tessaro hired her in 2017": the organization hires; its object is the one employed
HIRING = ("hire", "sign", "employ", "recruit", "poach")
for _verb in HIRING:
    EMPLOY[_verb] = EMPLOY.get(_verb, set()) | {"nsubj"}
# "runs the animal hospital", not "ran the Boston Marathon": running makes an employer only
# of an institution
INSTITUTION_ONLY = {"run"}
# verbs that make their (passive) subject a member: "was admitted to the club"
ADMIT = {"admit": {"to", "into"}, "induct": {"into"}, "elect": {"to"}}
STUDY = {"study", "graduate", "attend", "enroll", "enrol", "educate", "matriculate"}
STUDY_NOUNS = {"degree", "graduate", "alumnus", "alumna", "alumni", "student", "diploma",
               "scholarship", "graduation", "doctorate", "phd", "ba", "bachelor", "master",
               "freshman", "sophomore", "undergraduate", "dropout"}
SCHOOL_WORDS = re.compile(r"\b(College|University|School|Institute|Academy|Conservatory|"
                          r"Polytechnic|Seminary|Universit\w+)\b")
PRIZE_WORDS = {"award", "awards", "prize", "medal", "trophy", "cup", "honor", "honour"}
_TITLE_GAP = re.compile(r"^(?:['’]s?)?\s+((?:[\w.-]+\s+){0,3})$")
_EDUCATED = re.compile(r"^-(?:educated|trained)\b")


def career_claims(s: Sentence) -> Iterator[Claim]:
    for org in _orgs(s):
        yield from _titled(s, org)
        yield from _affiliation(s, org)
        yield from _educated_compound(s, org)
        yield from _by_path(s, org)
        yield from _team_of(s, org)
        yield from own_group(s, org)


def _orgs(s: Sentence) -> list[Mention]:
    """Organizations of the sentence, and clubs the tagger took for their towns ("joined
    Calverley City"); prizes tagged as organizations or works are no employers."""
    clubs = [m for m in s.doc.places if names_an_organization(m.text)]
    return [m for m in [*s.doc.others, *clubs] if s.contains(m.span.start)
            and m.text.split()[-1].lower() not in PRIZE_WORDS]


def _titled(s: Sentence, org: Mention) -> Iterator[Claim]:
    """"Acme chief executive Ana Cole", "Acme's Ana Cole": the name right after the
    organization, with nothing but a job title (or a possessive) between."""
    person = _name_after(s, org.span.end, 40)
    if person is None:
        return
    gap = _TITLE_GAP.match(text_of(s.sent.doc)[org.span.end:person.span.start])
    if not gap:
        return
    words = gap.group(1).lower().split()
    possessive = text_of(s.sent.doc)[org.span.end:org.span.end + 1] in ("'", "’")
    if words and words[-1] in ROLES and all(w.islower() or w.lower() in ROLES for w in
                                            gap.group(1).split()):
        yield s.claim(person.entity, _role_predicate(s, org, words[-1]), words[-1],
                      object=org.entity)
    elif possessive and not words and org.label == "organization":
        yield s.claim(person.entity, "employer", org.text, object=org.entity)


_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _affiliation(s: Sentence, org: Mention) -> Iterator[Claim]:
    """"Kiril Marek of the rock band Velvet Storm", "Ana Cole of Acme Corp": the name right
    before "of" belongs to the organization."""
    text = text_of(s.sent.doc)
    before = [m for m in s.doc.people if m.kind == "name" and m.span.end <= org.span.start
              and _OF_GAP.match(text[m.span.end:org.span.start]) and s.contains(m.span.start)]
    if before and org.label == "organization":
        person = max(before, key=lambda m: m.span.end)
        yield s.claim(person.entity, member_predicate(s, org) if is_group(s, org)
                      else "employer", "of", object=org.entity)


def _team_of(s: Sentence, org: Mention) -> Iterator[Claim]:
    """"the Rovers were the first NFL team", "the Rovers, an NFL franchise": the subject (or
    the name apposed) belongs to the organization naming the team noun."""
    root = _root(s, org)
    if root is None or root.dep_ != "compound" or root.head.lemma_.lower() not in TEAM_NOUNS:
        return
    noun = root.head
    if noun.dep_ == "attr":
        members = s.subjects(noun.head) or s.subject_orgs(noun.head)
    elif noun.dep_ == "appos":
        members = [m for m in (s.person_at(noun.head), s.org_at(noun.head)) if m][:1]
    else:
        return
    for member in members:
        if member != org.entity:
            yield s.claim(member, "member_of", noun.text, object=org.entity)


def _name_after(s: Sentence, offset: int, window: int) -> Mention | None:
    after = [m for m in s.doc.people if m.kind not in ("pronoun", "descriptor")
             and offset < m.span.start <= offset + window and s.contains(m.span.start)]
    return min(after, key=lambda m: m.span.start, default=None)


def _educated_compound(s: Sentence, org: Mention) -> Iterator[Claim]:
    """"the Acme-educated lawyer Ana Cole": educated at the organization."""
    if _EDUCATED.match(text_of(s.sent.doc)[org.span.end:org.span.end + 10]):
        person = _name_after(s, org.span.end, 60)
        if person:
            yield s.claim(person.entity, "educated_at", "educated", object=org.entity)


def _by_path(s: Sentence, org: Mention) -> Iterator[Claim]:
    """Walk from the organization up the parse to the person it is said of, collecting the
    cue words on the way (a job title, "member", a study word, an employment verb)."""
    root = _root(s, org)
    if root is None:
        return
    path = _path(root)
    predicate, cue = _predicate(s, org, root, path)
    if predicate is None or any(_negated(t) for t in path if t.pos_ in ("VERB", "AUX")):
        return  # "Mr. King is not an employee of RT"
    started = _started(s, path) if predicate in ("employer", "member_of") else None
    hires = root.dep_ == "nsubj" and root.head.lemma_ in HIRING  # "Tessaro hired her"
    for person in s.objects(root.head)[:1] if hires else _owners(s, path):
        yield s.claim(person, predicate, cue, object=org.entity, time=started)


# verbs that tell when a job or membership began: "joined Halston in 2011"
START_VERBS = {"join", "hire", "appoint", "sign", "recruit", "poach", "elect", "induct",
               "found"}


def _started(s: Sentence, path: list[Token]) -> Interval | None:
    """The date a job or membership began, when the verb tells its start ("joined Tessaro in
    2016") or "since" does ("has taught there since 2011"); other dates say nothing of it."""
    verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)
    time = s.time_near(verb, own=True) if verb is not None else None
    if time is None or not time.earliest or not s.time_on(verb, time):
        return None
    since = re.search(r"\bsince\s+" + re.escape(time.text), s.sent.text)
    return time if verb.lemma_.lower() in START_VERBS or since else None


def _root(s: Sentence, org: Mention) -> Token | None:
    """The organization's head token; "at the consultancy Bridgeline Advisors" hangs on the
    preposition through the common noun it is apposed to."""
    span = s.sent.doc.char_span(org.span.start, org.span.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and root.dep_ == "compound" and root.head.i == span.end and \
            root.head.lower_ == "party":
        root = root.head  # "a member of the Liberal Union party": the party stands for it
    while root is not None and root.dep_ == "appos" and root.head.pos_ == "NOUN":
        root = root.head
    return root


def _path(token: Token) -> list[Token]:
    """Heads above `token` up to the first verb (inclusive), at most six."""
    out: list[Token] = []
    t = token
    while t.head.i != t.i and len(out) < 6:
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    return out


def _predicate(s: Sentence, org: Mention, root: Token,
               path: list[Token]) -> tuple[str | None, str]:
    link = _link(root, path)
    for t in path:
        lemma = t.lemma_.lower()
        if lemma in STUDY or lemma in STUDY_NOUNS or t.lower_ in STUDY_NOUNS:
            if t.tag_ == "NNS" and t.dep_ != "attr":
                return None, ""  # "taught generations of Ashcombe students": others studied
            if _honorary(t):
                return None, ""  # an honorary degree is no education
            compound = link == "compound" and t.i == path[0].i and t.pos_ == "NOUN"  # "a Yale graduate"
            return ("educated_at", t.text) if link in ("at", "from", "of", "with", "dobj", "in") \
                or compound else (None, "")
        if lemma in MEMBER_NOUNS and link in ("of", "in"):
            return member_predicate(s, org), t.text
        # any job noun takes "at X"; only the common ones "X engineer" ("a Wickham Shore
        # sailor" is the town's); a plural ("other Civic Union legislators") is others
        if t.pos_ == "NOUN" and t.tag_ != "NNS" and _holds(t, path, link) and \
                (lemma in ROLES or lemma in OCCUPATION_NOUNS and link not in ("compound", "poss")):
            return (None, "") if _sought(t) else (_role_predicate(s, org, lemma), t.text)
        if t.pos_ in ("VERB", "AUX"):
            return _verb_predicate(s, org, t, link)
    return None, ""


def _holds(role: Token, path: list[Token], link: str) -> bool:
    """The organization hangs on the job noun ("the Acme engineer", "engineer at Acme", "a
    detective with the Northern Division of the Kessel Police"), not on another noun set
    beside it ("the lead of X, Acme's long-running drama")."""
    k = next(i for i, t in enumerate(path) if t.i == role.i)
    if link in ("compound", "poss"):
        return k == 0
    return link in ("of", "for", "with", "at") and not any(t.dep_ == "appos" for t in path[:k])


# a job one runs for or seeks is not held yet: "will run for governor of New Albion"
CAMPAIGN = {"run": "for", "campaign": "for", "bid": "for", "vie": "for", "seek": "dobj"}


def _sought(role: Token) -> bool:
    link = role.head.lower_ if role.dep_ == "pobj" else role.dep_
    verb = role.head.head if role.dep_ == "pobj" else role.head
    return CAMPAIGN.get(verb.lemma_.lower()) == link


def _honorary(t: Token) -> bool:
    degree = next((c for c in t.children if c.dep_ == "dobj"), t)
    return any(c.lower_ == "honorary" for c in (*degree.children, *t.children))


def _link(root: Token, path: list[Token]) -> str:
    """How the organization hangs on the path: its preposition, or its own relation."""
    if root.dep_ == "pobj" and path:
        return path[0].lower_
    return root.dep_


def _verb_predicate(s: Sentence, org: Mention, verb: Token, link: str) -> tuple[str | None, str]:
    lemma = verb.lemma_.lower()
    if link in ("from", "with", "at") and _earned_degree(verb):
        return "educated_at", verb.text
    if link in ADMIT.get(lemma, ()) and not _negated(verb):
        # "inducted into the Hall of Fame" is an honour received, not a membership
        return ("award_received" if "hall of fame" in org.text.lower() else "member_of"), verb.text
    if link in EMPLOY.get(lemma, ()) and not _negated(verb) and \
            (lemma not in INSTITUTION_ONLY or set(org.text.lower().split()) & INSTITUTION_HEADS):
        if lemma in ("join", "rejoin", "found", "co-found", "cofound", "quit", "leave") \
                and is_group(s, org) \
                or is_party(s, org) or lemma == "play" and link == "in":
            if lemma == "play" and link == "in" and not is_group(s, org):
                return None, ""  # "played in the final": no band, no membership
            return "member_of", verb.text
        return "employer", verb.text
    return None, ""


def _earned_degree(verb: Token) -> bool:
    """"received a degree from X": the degree is the verb's object, X hangs on the verb."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in STUDY_NOUNS
               and not any(m.lower_ == "honorary" for m in c.children) for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _role_predicate(s: Sentence, org: Mention, role: str) -> str:
    """A job at an organization employs; in a band or a political party it is membership
    ("a politician for the Labour Party")."""
    if role in BAND_ROLES and band_context(s) or is_party(s, org):
        return "member_of"
    return "employer"


def _owners(s: Sentence, path: list[Token]) -> list[str]:
    """The person the path leads to: a person noun on it, the name an appositive describes,
    the subject of a copula ("Ana is a lawyer with Acme") or of the verb."""
    for t in path:
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "relcl" and s.person_at(t.head):
                return [s.person_at(t.head)]
            if (t.lemma_ in APPOINT_VERBS or t.lemma_ in HIRING) and s.objects(t):
                return s.objects(t)[:1]  # "Grant appointed Wallace as a judge of X": Wallace
            return _clause_subjects(s, t)
        person = s.person_at(t) if t.pos_ in ("PROPN", "NOUN", "PRON") else None
        if person:
            return [person]
        if t.dep_ == "appos" and s.person_at(t.head):
            return [s.person_at(t.head)]
        if t.dep_ == "attr":
            return s.subjects(t.head)
        fronted = s.fronted_apposition(t)
        if fronted:
            return [fronted]
        named = [c for c in t.children if c.dep_ in ("appos", "compound") and s.person_at(c)]
        if named:
            return [s.person_at(named[0])]
    return []


def _clause_subjects(s: Sentence, verb: Token) -> list[str]:
    """Subjects of the verb, else of the clause it hangs in ("won a scholarship to attend X")."""
    t = verb
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") and s.subjects(t):
            return s.subjects(t)
        if t.head.i == t.i:
            break
        t = t.head
    return []
