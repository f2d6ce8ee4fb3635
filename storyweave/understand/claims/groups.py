"""Groups a person belongs to rather than works for: parties, bands, societies; teams,
which employ their players; the band a person's "his band, X" names."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Claim, Mention
from ..nlp import text_of
from .context import Sentence

GROUP_WORDS = {"party", "band", "group", "society", "academy", "association", "union",
               "council", "committee", "orchestra", "choir", "caucus", "alliance", "guild",
               "quartet", "trio", "ensemble", "league", "federation", "club"}
_OWN_GROUP = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:band|group|orchestra|choir|"
                        r"duo|trio|quartet)\s*,?\s+(?:the\s+)?$", re.I)


def own_group(s: Sentence, org: Mention) -> Iterator[Claim]:
    """"after his band, The Marram Grass, split": the band's owner played in it (the parse
    of such asides varies too much to follow)."""
    text = text_of(s.sent.doc)
    m = _OWN_GROUP.search(text, max(s.sent.start_char, org.span.start - 40), org.span.start)
    owner = next((p.entity for p in s.doc.people if m and p.span.start == m.start()
                  and p.kind == "pronoun" and p.entity), None)
    if owner:
        yield s.claim(owner, "member_of", "band", object=org.entity)


def is_party(s: Sentence, org: Mention) -> bool:
    """A political party by its head noun ("the Labour Party", "Party of the Regions"), or
    a short form of one the document names in full ("the Civic Union lawmaker")."""
    words = org.text.lower().split()
    return words[-1] == "party" or " party of " in f" {org.text.lower()} " \
        or re.search(re.escape(org.text) + r"\s+(?i:party)\b", text_of(s.sent.doc)) is not None


def member_predicate(s: Sentence, org: Mention) -> str:
    """"a member of X": a group membership, except for teams, which employ their players."""
    return "employer" if is_team(s, org) else "member_of"


def is_group(s: Sentence, org: Mention) -> bool:
    """A group by its name ("X Society"), the noun after it ("X band"), before it ("his
    band, X") or apposed to it ("X, a four-piece band"), or in a text about music."""
    text = text_of(s.sent.doc)
    after = text[org.span.end:org.span.end + 20].split()[:1]
    words = set(org.text.lower().split()) | {w for w in after if w.islower()}
    return bool(words & GROUP_WORDS) or bool(_GROUP_BESIDE.search(
        text[max(0, org.span.start - 20):org.span.start] + "|" + text[org.span.end:org.span.end + 50])) \
        or band_context(s)


_GROUP_BESIDE = re.compile(r"\b(?:band|group|orchestra|choir|party),?\s+(?:the\s+)?\||"
                           r"^\|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:band|group|orchestra|choir|"
                           r"party)\b", re.I)


# "record" (quarter), "single" (plant) and "tour" (of a factory) are business words too
_MUSIC = re.compile(r"\b(band|bands|album|albums|bassist|guitarist|drummer|frontman|"
                    r"frontwoman|singer|songs?)\b", re.I)
_SPORT = re.compile(r"\b(team|season|playoffs?|coach|league|game|match|players?)\b", re.I)


def band_context(s: Sentence) -> bool:
    """Music talk outweighs sports talk in the document (a band, not a team)."""
    text = text_of(s.sent.doc)
    music = len(_MUSIC.findall(text))
    return music >= 2 and music > len(_SPORT.findall(text))


def is_team(s: Sentence, org: Mention) -> bool:
    """Sports teams: a plural name ("the Rovers") in a text that talks of play."""
    last = org.text.split()[-1]
    sporty = not band_context(s) and bool(_SPORT.search(text_of(s.sent.doc)))
    return sporty and last.endswith("s") and not last.endswith("ss") \
        and not set(org.text.lower().split()) & GROUP_WORDS
