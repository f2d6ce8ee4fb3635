"""The vocabulary rules consolidation relies on, and the text comparisons it makes.

Kept apart from facts/conflicts/explain so each of those can import them without cycles.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Stored once per unordered pair: "A married B" and "B married A" are one statement.
SYMMETRIC = frozenset(
    "spouse partner sibling first_met relationship_start engagement marriage divorce".split())
# father/mother (P22/P25) point from child to parent; child (P40) points from parent to child.
PARENT_INVERSES = frozenset({"father", "mother"})
# One true value per subject: different values are a conflict, not two facts.
SINGLE_PER_SUBJECT = frozenset("date_of_birth date_of_death place_of_birth birth_name".split())
# One-time events per pair: two disjoint dates for the same pair are a conflict.
SINGLE_PER_PAIR = frozenset(
    "first_met relationship_start engagement marriage divorce".split())
SINGLE_VALUED = SINGLE_PER_SUBJECT | SINGLE_PER_PAIR
# Where the "value" of a place-valued predicate may live: object entity, literal or place.
PLACE_VALUED = frozenset({"place_of_birth"})

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_WORD = re.compile(r"[^\W_]+")


def canon_predicate(predicate: str) -> str:
    """Predicates compare casefolded, with spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", predicate.strip().casefold())


def norm_text(text: str | None) -> str:
    """Literal values compare case-insensitively after trimming (and unifying dashes/quotes)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def words(text: str | None) -> tuple[str, ...]:
    return tuple(_WORD.findall(norm_text(text)))


def compatible_text(a: str | None, b: str | None) -> bool:
    """Missing is compatible with anything; otherwise one must contain the other's words.

    "Napa" and "Napa, California" agree (one is a more precise form of the other);
    "Napa" and "Lisbon" do not.
    """
    if not a or not b:
        return True
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return norm_text(a) == norm_text(b)
    return wa <= wb or wb <= wa


# A street, building or grounds lies inside some town the text may not name: "died at his home
# on Gannet Road" and "died in Wickham Shore" can both be true.
SITE_WORDS = frozenset("""road street avenue lane drive boulevard terrace crescent square
hospital hospice home house hotel church chapel cathedral hall centre center farm ranch estate
cemetery stadium school college university theatre theater""".split())


def compatible_place(a: str | None, b: str | None) -> bool:
    """Like `compatible_text`, but a site never contradicts a town (only another site)."""
    if a and b and (_is_site(a) != _is_site(b)):
        return True
    return compatible_text(a, b)


def _is_site(place: str) -> bool:
    return bool(set(words(place)) & SITE_WORDS)


def preferred_place(places: list[str]) -> str | None:
    """The most specific town, else the most specific site: a town stays comparable."""
    towns = [p for p in places if p and not _is_site(p)]
    return most_specific(towns or places)


def most_specific(texts: list[str]) -> str | None:
    """The most precise of compatible texts: most words, then longest, then alphabetical."""
    present = [t for t in texts if t]
    if not present:
        return None
    return min(present, key=lambda t: (-len(words(t)), -len(norm_text(t)), norm_text(t), t))


def digest(*parts: str) -> str:
    """A stable short id from content (same content, same id, on every machine)."""
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
