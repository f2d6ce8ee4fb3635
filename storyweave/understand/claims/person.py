"""Claims about one person: date of birth from ages, birth name, occupation, awards."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...model import Claim, Mention
from ..coref import nouns_before
from ..descriptors import OCCUPATIONS, OFFICES, PERSON_NOUNS, SPECIALTY_HEADS
from .ages import age_claims, in_sentence as _in_sentence
from .context import Sentence
from ..nlp import text_of

# evaluative words for a person ("the world-famous performer", "the star") describe, they
# are no job: the job is the specific noun ("singer") the same text uses
GENERIC_ROLES = frozenset({"star", "superstar", "performer", "personality", "celebrity"})
OCCUPATION_NOUNS = (OCCUPATIONS - GENERIC_ROLES) | frozenset("""
detective agent receiver linebacker lineman goalkeeper striker midfielder defender catcher
shortstop outfielder spokesperson correspondent columnist commentator consultant adviser
advisor conductor keyboardist saxophonist trumpeter violinist cellist engineer analyst
strategist sailor nurse surgeon physician pilot soldier firefighter architect accountant
priest pastor rabbi attorney prosecutor sheriff publisher historian astronaut diplomat
ambassador trooper investigator superintendent commissioner principal
contractor carpenter electrician plumber mechanic welder miner fisherman rancher baker butcher
barber hairdresser tailor librarian clerk bartender trucker janitor nanny caregiver dentist
pharmacist therapist psychiatrist paramedic midwife veterinarian optometrist radiologist
pediatrician cardiologist neurologist oncologist obstetrician gynecologist dermatologist
anesthesiologist epidemiologist virologist statistician programmer technician investor
financier broker stockbroker trader auditor lobbyist activist campaigner organizer fundraiser
aide solicitor barrister magistrate paralegal legislator councillor alderman assemblyman
assemblywoman envoy consul administrator headmaster headmistress lecturer tutor dean provost
chancellor curator archivist translator interpreter broadcaster newscaster blogger podcaster
critic essayist memoirist biographer screenwriter lyricist illustrator cartoonist animator
sculptor potter jeweler jeweller stylist choreographer ballerina comedienne magician
stuntman cinematographer organist soprano tenor baritone bandleader monk nun missionary
evangelist imam preacher chaplain theologian philosopher sociologist linguist geographer
botanist zoologist geneticist neuroscientist meteorologist paleontologist astrophysicist
inventor explorer mountaineer cyclist swimmer sprinter golfer jockey wrestler skater skier
gymnast cricketer umpire referee promoter publicist realtor surveyor policeman policewoman
constable marshal ranger colonel lieutenant sergeant corporal admiral astronaut chef brewer
winemaker sommelier hotelier shopkeeper merchant grocer florist gardener photojournalist
entertainer impresario philanthropist industrialist tycoon magnate oilman homemaker
pollster dj machinist seamstress physiotherapist scout skipper postman postwoman mason
bricklayer roofer weaver millworker steelworker dockworker longshoreman logger boatbuilder
shipwright blacksmith cobbler milkman
""".split())
# verbs that take a job with "as": "worked as", "spent eleven years as", "retired as"
JOB_AS_VERBS = {"work", "serve", "start", "begin", "spend", "retire", "train", "qualify",
                "practice", "practise", "hire", "employ", "moonlight", "earn"}
# verbs that give their object (or passive subject) a post: "named X (as) chief executive"
APPOINT_VERBS = {"name", "appoint", "promote", "elect", "hire", "install", "make", "confirm",
                 "swear"}
WISH_VERBS = {"want", "hope", "plan", "wish", "try", "aim", "intend", "dream", "aspire", "seek",
              "expect", "like", "love", "long", "yearn", "offer", "refuse", "decline"}
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")  # the word right before a name
# offices written before a name: abbreviated titles and two-word offices
_ABBREVIATED = {"gov.": "governor", "sen.": "senator", "rep.": "representative",
                "supt.": "superintendent", "prof.": "professor", "det.": "detective",
                "sgt.": "sergeant", "amb.": "ambassador"}
_OFFICE_BEFORE = re.compile(r"\b(Gov\.|Sen\.|Rep\.|Supt\.|Prof\.|Det\.|Sgt\.|Amb\.|"
                            r"(?:Attorney|Surgeon|Inspector|Solicitor) General)\s+$")
_WIN = re.compile(r"\b(won|wins|win|winning|winner|winners|received|receives|recipient|earned|awarded|"
                  r"honou?red|presented|bestowed|conferred|given|"
                  r"took home|picked up|collected|scooped|shared|shares|crowned|named|voted|"
                  r"chosen|selected)\b", re.I)
# verbs whose object is the one given the title: "crowned Ana Player of the Year"
_ENTITLE = {"crown", "name", "vote", "choose", "select", "dub"}
_N_TIME = re.compile(r"\b[\w]+-time\s+$")
_WINNER_AFTER = re.compile(r"(?:\s+|-)(?:winner|winning|champion|laureate|recipient)\b")
_NOT_WON = re.compile(r"\b(nominat\w*|nod|shortlist\w*|hopeful|contender)\b", re.I)


def person_claims(s: Sentence) -> Iterator[Claim]:
    yield from age_claims(s)
    yield from _birth_names(s)
    yield from _occupations(s)
    yield from _careers(s)
    yield from _predicated_jobs(s)
    yield from _awards(s)


def _birth_names(s: Sentence) -> Iterator[Claim]:
    for m in s.doc.people:
        if m.kind == "birth_name" and _in_sentence(s, m.span.start):
            yield s.claim(m.entity, "birth_name", m.text, value=m.text)


def _occupations(s: Sentence) -> Iterator[Claim]:
    """Occupation nouns used for a person: "the chef", "singer Ana Cole", "Ana Cole, a chef"."""
    for m in s.doc.people:
        if _in_sentence(s, m.span.start):
            for noun in dict.fromkeys(_occupation_nouns(s, m)):
                yield s.claim(m.entity, "occupation", noun, value=noun)


def _predicated_jobs(s: Sentence) -> Iterator[Claim]:
    """"Ana Cole is a lawyer", "was an American songwriter, author and composer", "became a
    nurse", "works as a pilot": the subject's occupations (not under a negation)."""
    for noun in s.sent:
        verb = _job_verb(noun)
        if verb is None or any(c.dep_ == "neg" or c.lower_ in ("will", "would", "'ll", "’ll")
                               for c in verb.children):
            continue  # "is not a lawyer", "will serve as chairman": no job held
        if verb.dep_ == "xcomp" and verb.head.lemma_ in WISH_VERBS or \
                any(c.dep_ == "poss" and (s.people_of(c) or c.lemma_.lower() in _PERSONAL)
                    for c in noun.children):
            continue  # "she wanted to serve as a missionary"; "the baby's music teacher"
        jobs = [_office(t) or specialty(t) for t in [noun, *_conjuncts(noun)]
                if t.lemma_.lower() in OCCUPATION_NOUNS or _office(t)]
        appointed = s.objects(verb) if verb.lemma_ in APPOINT_VERBS else []
        for person in (appointed or s.subjects(verb))[:2]:
            for job in dict.fromkeys(jobs):
                yield s.claim(person, "occupation", noun, value=job)


_PERSONAL = PERSON_NOUNS | {"baby", "child", "son", "daughter", "kid", "family"}


def _job_verb(noun: Token) -> Token | None:
    """The copula ("is a lawyer") or "work as" verb a job noun is predicated by."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OCCUPATION_NOUNS and not _office(noun):
        return None
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a longtime friend and aide to X": the list's first noun is predicated
    if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become"):
        return noun.head
    if noun.dep_ == "oprd" and noun.head.lemma_ in APPOINT_VERBS:
        return noun.head  # "she was named chief operating officer"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and \
            noun.head.head.lemma_ in JOB_AS_VERBS | APPOINT_VERBS:
        return noun.head.head
    return None


def _office(noun: Token) -> str | None:
    """"surgeon general", "attorney general": a two-word office headed by "general"."""
    doc = noun.doc
    pairs = ([f"{doc[noun.i - 1].lower_} {noun.lower_}"] if noun.i else []) + \
        ([f"{noun.lower_} {doc[noun.i + 1].lower_}"] if noun.i + 1 < len(doc) else [])
    return next((p for p in pairs if p in OFFICES), None)


def _conjuncts(token: Token) -> list[Token]:
    out = []  # "a songwriter, author and composer": the list may hang as an apposition
    for c in token.children:
        if c.dep_ in ("conj", "appos") and c.pos_ == "NOUN":
            out += [c, *_conjuncts(c)]
    return out


def _careers(s: Sentence) -> Iterator[Claim]:
    """"her teaching career", "his career as a pilot": the job the career is in."""
    for noun in s.sent:
        if noun.lemma_.lower() != "career" or noun.pos_ != "NOUN":
            continue
        owners = [k for c in noun.children if c.dep_ == "poss" for k in s.people_of(c)]
        jobs = [j for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                if (j := _agent_noun(c.lower_))] + \
            [p.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in OCCUPATION_NOUNS]
        for owner in owners[:1]:
            for job in dict.fromkeys(jobs):
                yield s.claim(owner, "occupation", noun, value=job)


def _agent_noun(word: str) -> str | None:
    """The job a gerund names: teaching -> teacher, acting -> actor, modeling -> model."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    stems = [stem, stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [stem]
    forms = [f for st in stems for f in (st + "er", st + "or", st, st + "e", st + "r")]
    return next((f for f in forms if f in OCCUPATION_NOUNS), None)


def _occupation_nouns(s: Sentence, m: Mention) -> list[str]:
    text = text_of(s.sent.doc)
    if m.kind == "descriptor":
        if _uses(s, m) < 2:
            return []  # one descriptor resolved by guess too often names a stranger's job
        words = m.text.lower().split()
        relational = re.match(r"\s+of\b", text[m.span.end:m.span.end + 4])  # "the author of it"
        job = titled_job(words[1:-1], words[-1])
        return [job] if words[-1] in OCCUPATION_NOUNS and words[0] == "the" \
            and not relational else []
    if m.kind != "name":
        return []
    title = _TITLE_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
    run = [n for n in [*nouns_before(text, m.span.start),
                       *([title.group(1).lower()] if title else [])] if n in OCCUPATION_NOUNS]
    run = list(dict.fromkeys(run))
    before = re.findall(r"[\w-]+|[,.;:!?\n]", text[max(0, m.span.start - 50):m.span.start])
    if run and before and before[-1].lower() == run[0]:  # "chief operating officer Ana Cole"
        run[0] = titled_job(_sentence_case(before[:-1]), run[0])  # "Tresk FC secretary": no field
    office = _OFFICE_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
    if office:  # "Gov. Ana Cole", "Attorney General Ana Cole"
        run.append(_ABBREVIATED.get(office.group(1).lower(), office.group(1).lower()))
    return run + _apposed_nouns(s, m)


def _sentence_case(words: list[str]) -> list[str]:
    """Words as cased within a sentence: "Health minister Ana Cole" opens with a field."""
    if words and (len(words) == 1 or words[-2] in ".!?\n") and words[-1].istitle():
        return [*words[:-1], words[-1].lower()]
    return words


def _uses(s: Sentence, m: Mention) -> int:
    """How often the document calls this person by this descriptor's noun."""
    noun = m.text.lower().split()[-1]
    return sum(1 for d in s.doc.people if d.kind == "descriptor" and d.entity == m.entity
               and d.text.lower().split()[-1] == noun)


def _apposed_nouns(s: Sentence, m: Mention) -> list[str]:
    """"Ana Cole, a detective with ...", "Ana Cole, local director of ...": the apposition."""
    span = s.sent.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return []
    return [specialty(c) for c in span.root.children
            if c.dep_ == "appos" and c.i > span.root.i and c.lower_ in OCCUPATION_NOUNS]


def specialty(noun: Token) -> str:
    """"a marine biologist", "a political scientist": the field is part of the job."""
    field = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1
             and c.is_lower and c.pos_ in ("ADJ", "NOUN")
             and not any(g.dep_ == "compound" for g in c.children)]  # "emergency room nurse"
    before = [t.lower_ for t in noun.doc[max(noun.sent.start, noun.i - 3):noun.i]]
    return _ranked(before, noun.lemma_.lower()) or \
        field_job(field[0].lower_ if field else "", noun.lemma_.lower())


# "vice president", "managing director", "general counsel": the rank is part of the title
RANKS = {"managing", "vice", "general", "deputy", "executive", "associate", "assistant",
         "artistic", "creative"}
RANKED_JOBS = {"director", "president", "manager", "counsel", "editor", "chairman",
               "chairwoman", "producer", "secretary"}


def titled_job(before: list[str], head: str) -> str:
    """The job with the title words a news article gives it: "chief operating officer",
    "chief executive", "vice president", "marine biologist" (`field_job`)."""
    return _ranked(before, head) or field_job(before[-1] if before else "", head)


def _ranked(before: list[str], head: str) -> str | None:
    before = [w.lower() for w in before]
    if head in ("officer", "executive") and "chief" in before[-3:]:
        k = len(before) - 1 - before[::-1].index("chief")
        if all(w.isalpha() for w in before[k:]):
            return " ".join([*before[k:], head])
    if before and before[-1] in RANKS and head in RANKED_JOBS:
        return f"{before[-1]} {head}"
    return None


_NOT_A_FIELD = frozenset("""senior junior chief lead principal former retired longtime
leading top famous noted renowned prominent young veteran distinguished respected celebrated
eminent pioneering brilliant great staff head visiting acclaimed to of the a an and or for with
by at in on as his her their its our my your is was""".split())


def field_job(modifier: str, head: str) -> str:
    """The job with its field when the head is a science or profession that a field names."""
    if modifier.isalpha() and modifier.islower() and head in SPECIALTY_HEADS \
            and modifier not in _NOT_A_FIELD \
            and modifier not in PERSON_NOUNS and not modifier.endswith("ed"):
        return f"{modifier} {head}"  # not "attorney spokeswoman" nor "widowed teacher"
    return head


def _awards(s: Sentence) -> Iterator[Claim]:
    text = s.sent.text
    for award in s.doc.awards:
        if _in_sentence(s, award.span.start) and not _NOT_WON.search(text):
            people = (_titled_winners(s, award) if _is_title(s, award) else []) or \
                (_winners(s, award) if _WIN.search(text) else [])
            for person in people:
                yield s.claim(person, "award_received", award.text, object=award.entity)


def _is_title(s: Sentence, award: Mention) -> bool:
    """"a three-time Grammy winner", "the Pulitzer Prize-winning author"."""
    text = text_of(s.sent.doc)
    return bool(_N_TIME.search(text, max(0, award.span.start - 20), award.span.start)
                or _WINNER_AFTER.match(text, award.span.end))


def _titled_winners(s: Sentence, award: Mention) -> list[str]:
    """The person the title describes: the noun phrase it sits in, or the name it is
    apposed to ("Ana Cole, a two-time Emmy winner")."""
    token = _award_token(s, award)
    while token.dep_ in ("compound", "amod", "nmod", "npadvmod") and token.head.i != token.i:
        token = token.head
    return s.people_of(token)


def _award_token(s: Sentence, award: Mention) -> Token:
    return s.sent.doc.char_span(award.span.start, award.span.end, alignment_mode="expand").root


def _winners(s: Sentence, award: Mention) -> list[str]:
    """Who won: the person the award's noun phrase describes, the one it was given to
    ("won Ana an Emmy"), else the clause subject (a person, else an organization: teams and
    companies win awards too), with whoever shared it ("with Ben")."""
    head = _award_token(s, award)
    owners = [k for c in head.children if c.dep_ == "poss" for k in s.people_of(c)]
    if owners:
        return owners  # "her Player of the Year title", "his third Grammy"
    while head.dep_ in ("compound", "amod", "nmod", "dobj", "pobj", "prep", "npadvmod",
                        "appos") and head.head.i != head.i:
        head = head.head
        person = s.person_at(head)
        if person:
            return [person]
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    entitled = [k for c in verb.children if c.dep_ == "dobj" and c.i != head.i
                for k in s.people_of(c)] if verb.lemma_ in _ENTITLE else []
    if entitled:
        return entitled
    datives = [c for c in verb.children if c.dep_ == "dative"]
    given = [k for c in datives for k in s.people_of(c)] or \
        [o for c in datives if (o := s.org_at(c))]  # "gave the Rovers its award"
    sharers = s.objects(verb, ("with",)) if verb.lemma_ == "share" else []
    winners = given or s.subjects(verb) or s.subject_orgs(verb)
    return list(dict.fromkeys(winners + sharers))
