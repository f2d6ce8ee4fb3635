"""Outlets a quote was given to or taken from: "told Harbor Weekly", "on Instagram", ….

Patterns are read on the text of the reporting frame (never inside the quote). A name is a
run of capitalised words; it is rejected when NER says it is a date, a place or (for
"told X"/"to X") a person, unless it carries a typical outlet word (Weekly, Post, Times…).
"the publication"/"the magazine"/… refer back to the last outlet named in the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc
from .nlp import text_of

_WORD = r"(?:[\w+&'’-]|\.(?=\w))*"
_NAME = rf"((?:[Tt]he[ \t]+)?[A-Z]{_WORD}(?:[ \t]+(?:of[ \t]+|&[ \t]+|the[ \t]+)?[A-Z0-9]{_WORD})*)"
_REF_WORDS = ("publication|magazine|outlet|news outlet|newspaper|paper|site|website|network|"
              "station|tabloid|broadcaster|channel|podcast|show|programme|program|daily|weekly")
_REF = rf"(the\s+(?:{_REF_WORDS}))\b"
_SHOW_WORDS = "programme|program|show|podcast|magazine|newspaper|paper|website|site|channel"
# "told the books programme Bookmarks", "an interview with the podcast The Bond Angle": the
# title after its kind noun, else the reference ("the programme") or the name
_TARGET = rf"(?:the\s+(?:[a-z]+\s+){{0,2}}?(?:{_SHOW_WORDS})\s+(?=[A-Z0-9]))?(?:{_REF}|{_NAME})"
_SPEECH = (r"(?i:told|tells|tell|telling|speaking|spoke|speak|talking|talked|said|says|"
           r"explained|revealed|admitted|confessed|added|shared|gushed|joked|opened up)")
_POSTED = r"(?:wrote|writes|writing|posted|posts|posting|said|says|shared|sharing|captioned|" \
          r"captioning|tweeted|tweeting|revealed|announced|announcing|explained|added|joked|" \
          r"gushed|admitted|confessed|continued|noted|stated)"
_MEDIUM = r"(?:statement|post|op-ed|essay|letter|tweet|interview|appearance|podcast|column|" \
          r"conversation|chat|video|message|caption|episode|profile|feature|cover story)"
PLATFORMS = "Instagram|Twitter|Facebook|TikTok|YouTube|Snapchat|Threads|Weibo|LinkedIn|Bluesky"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p)) for kind, p in (
        ("to", rf"\b(?:told|tells|tell|telling)\s+{_TARGET}"),
        ("with", rf"\b(?i:interview|sit-down|chat|conversation)\s+with\s+{_TARGET}"),
        ("to", rf"\b{_SPEECH}\b[^.;:“”\"]{{0,40}}?\bto\s+{_TARGET}"),
        ("on", rf"\b{_POSTED}\s+(?:[a-z]+\s+){{0,2}}?on\s+{_TARGET}"),
        ("on", rf"\b(?i:speaking|appearing|appeared|appears|interviewed|talking)\s+on\s+"
               rf"{_TARGET}"),
        ("posted on", rf"\b{_POSTED}\s+[^.;:“”\"]{{0,40}}?\bon\s+{_TARGET}"),
        ("in", rf"\b{_POSTED}\s+in\s+{_TARGET}"),
        ("from", rf"\b(?i:according)\s+to\s+{_TARGET}"),
        ("medium", rf"\b(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}\s+"
                   rf"(?:to|for|with|on|in)\s+{_TARGET}"),
        ("medium", rf"\b(?:episode|edition|issue)\s+of\s+{_TARGET}"),
        ("via", rf"\bvia\s+{_TARGET}"),
        ("by", rf"\b(?:published|aired|broadcast|released|issued)\s+(?:[A-Za-z]+\s+){{0,2}}?"
               rf"(?:by|through|via)\s+"
               rf"{_TARGET}"),
        ("statement", r"\bin\s+(the\s+(?:same\s+)?statement)\b"),
        # "told this newspaper": the publication itself (speakers.to_quotes)
        ("to", r"\b(?:told|tells|telling|speaking\s+to|talking\s+to)\s+(this\s+(?:newspaper|"
               r"paper|magazine|website|site|station|programme|program|show|publication|"
               r"reporter|correspondent|writer))\b"),
        # any naming of a platform ("her 3 million Instagram followers"): only a written
        # quote nearby ("she wrote") takes it (quotes._context_outlet)
        ("platform", rf"\b()({PLATFORMS})\b"),
    ))
_OUTLET_WORDS = re.compile(
    r"\b(?:Weekly|Daily|Times|Post|News|Magazine|Journal|Herald|Tribune|Gazette|Radio|TV|"
    r"Network|Today|Report|Review|Chronicle|Wire|Press|Insider|Monthly|Mail|Star|Sun|"
    r"Telegraph|Guardian|Globe|Observer|Express|Independent|Standard|Times|Podcast|Show|"
    r"AP|AFP|UPI|Reuters|Bloomberg|"
    rf"Reddit|{PLATFORMS})\b")
_NOT_OUTLET = re.compile(
    r"^(?:The\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"Christmas|Easter|Thanksgiving|I|He|She|They|We|It|You|His|Her|Their|Mr|Mrs|Ms|Dr)\b")
# DATE/TIME are not here: NER tags "Time" (the magazine) as a date; _NOT_OUTLET covers days.
_BAD_LABELS = {"GPE", "LOC", "FAC", "NORP", "EVENT", "CARDINAL", "ORDINAL",
               "MONEY", "PERCENT", "QUANTITY"}
# "with", "from" and "via" name an outlet only when it looks like one; people are common there.
_PERSON_RISK = {"to", "with", "from", "via"}


@dataclass(frozen=True)
class OutletMention:
    start: int
    end: int
    name: str | None  # None for an unresolved reference ("the publication")
    ref: str | None = None  # the referring expression, when the mention is one
    kind: str = ""
    at: int = -1  # where the mention is written (a resolved reference points elsewhere)

    @property
    def position(self) -> int:
        return self.at if self.at >= 0 else self.start


def outlet_mentions(doc: Doc, start: int, end: int) -> list[OutletMention]:
    """Outlet mentions in text_of(doc)[start:end], in order, references left unresolved."""
    found: dict[int, OutletMention] = {}
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text_of(doc), start, end):
            mention = _mention(doc, m, kind)
            if mention and mention.start not in found:
                found[mention.start] = mention
    return [found[k] for k in sorted(found)]


def _mention(doc: Doc, m: re.Match[str], kind: str) -> OutletMention | None:
    if m.group(1):  # a reference such as "the publication"
        return OutletMention(m.start(1), m.end(1), None, m.group(1), kind)
    s, name = m.start(2), _clean(m.group(2))
    owner = re.match(r"(.+?)['’]s\s+(.+)$", name)
    if owner and _a_person(doc, s + owner.start(2), s + owner.end(2)):
        name = owner.group(1)  # "told CNN's Anna Lee": the network is the outlet
    elif owner:  # "on Finwire TV's Street Signals": the show it was said on
        s, name = s + owner.start(2), owner.group(2)
    if not name or not _acceptable(doc, s, s + len(name), name, kind):
        return None
    return OutletMention(s, s + len(name), name, None, kind)


def _a_person(doc: Doc, start: int, end: int) -> bool:
    return any(e.label_ == "PERSON" for e in doc.ents if e.start_char < end and start < e.end_char)


def _clean(name: str) -> str:
    name = re.sub(r"(?:['’]s|[.'’-])+$", "", name.strip())
    return name[4:] if name.startswith("the ") else name  # "told the AP"


def _acceptable(doc: Doc, start: int, end: int, name: str, kind: str) -> bool:
    if _NOT_OUTLET.match(name) or len(name) < 2:
        return False
    if _OUTLET_WORDS.search(name):
        return True
    if kind == "posted on":  # "wrote in a reply to a fan on X": only a known kind of outlet
        return False
    ents = [e for e in doc.ents if e.start_char < end and start < e.end_char
            and not (e.label_ in _NUMBER_LABELS and e.text != name)]  # "Wave 104.2"
    if kind == "to" and _told_a_title(doc, ents, start, end, name):
        return True
    if kind == "to" and _PRESENTER_AFTER.match(text_of(doc), end):
        return not any(e.label_ == "PERSON" and e.text == name for e in ents)
    labels = {e.label_ for e in ents}
    if kind == "by":  # "a statement released through Calverley City": a club a tagger calls a town
        return "PERSON" not in labels and not labels & {"DATE", "TIME", "CARDINAL"}
    if labels & _BAD_LABELS:
        return False
    return not ("PERSON" in labels and kind in _PERSON_RISK) and kind != "via"


def _told_a_title(doc: Doc, ents: list, start: int, end: int, name: str) -> bool:
    """"told the Wickham Shore Beacon" (a place or building to NER), "told Screenline" (a
    person to NER, but a name no person of the document has): one is told a publication."""
    if not _TOLD_BEFORE.search(text_of(doc), max(0, start - 12), start):
        return False
    people = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
    if any(w in people for w in name.split()):
        return False
    return all(e.label_ in ("GPE", "LOC", "FAC", "ORG", "WORK_OF_ART", "PRODUCT") or
               e.label_ == "PERSON" and " " not in name for e in ents)


_NUMBER_LABELS = {"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
# "told Wave 104.2 breakfast presenter Danny Okafor", "told CNN anchor Jake Tapper"
_PRESENTER_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:presenter|host|anchor|reporter|"
                              r"correspondent|interviewer|journalist|editor|columnist|DJ|"
                              r"broadcaster|writer)\s+[A-Z]")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells)\s+(?:the\s+)?$")


def resolve(mentions: list[OutletMention], named_before: list[OutletMention]
            ) -> list[OutletMention]:
    """Resolve "the publication" to the last outlet named before it (in `named_before`), and
    "the statement" to the last body a statement was released by."""
    out, last = [], None
    named = sorted(named_before, key=lambda m: m.start)
    for m in mentions:
        if m.name is None and not m.ref.lower().startswith("this "):
            prior = [n for n in named if n.name and n.start < m.start and n.kind != "platform"
                     and (m.kind != "statement" or n.kind == "by")]  # released by/through X
            last = prior[-1] if prior else None
            m = OutletMention(last.start, last.end, last.name, m.ref, m.kind, m.start) \
                if last else m
        out.append(m)
    return out


def is_outlet_like(doc: Doc, start: int, end: int) -> bool:
    """Whether the speaker-looking name after "according to" is rather a publication."""
    name = text_of(doc)[start:end]
    if _OUTLET_WORDS.search(name) or re.fullmatch(_REF, name, re.I):
        return True
    labels = {e.label_ for e in doc.ents if e.start_char < end and start < e.end_char}
    return "ORG" in labels and "PERSON" not in labels and name[:1].isupper()
