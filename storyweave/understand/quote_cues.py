"""Cue verbs and speaker expressions in the reporting frame around a quote.

A frame is the text between a quote's marks and the nearest sentence end, paragraph end or
other quote. Speakers are read off token sequences (part-of-speech tags only) rather than
the dependency parse, because the parse of `“…,” said the All of Me singer` is unreliable
in small models while the word order of reporting clauses is very regular in news.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_BASES = ("say tell explain add recall write continue reiterate state note share admit reveal "
          "joke insist confess gush post caption ask reply respond answer announce declare "
          "argue claim warn remark comment tweet quip exclaim agree acknowledge concede "
          "predict promise describe emphasize stress conclude observe shout yell testify "
          "suggest complain boast muse laugh sigh cry whisper tease rave recount acknowledge "
          "elaborate gripe marvel wonder chime gloat lament scoff sob beam report call")
_IRREGULAR = {"said", "says", "say", "told", "tells", "tell", "wrote", "writes", "write",
              "written", "cried", "cries", "replied", "replies", "testified", "testifies"}
# Forms that are also common nouns need a verb tag to count ("the notes", "the States").
_NEEDS_VERB_TAG = {"notes", "note", "posts", "post", "shares", "share", "states", "state",
                   "claims", "claim", "jokes", "joke", "captions", "caption", "comments",
                   "comment", "answer", "answers", "tweets", "tweet", "cry", "cries", "beam",
                   "sighs", "laughs", "stress", "sobs", "promise", "promises", "warns",
                   "report", "reports", "call", "calls"}
# Title and other abbreviations whose period does not end a sentence ("said Sen. Kim Lee").
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Sen Rep Reps Gov Gen Lt Col Sgt Capt Cpt Adm Del Prof Rev St Jr Sr Pres Atty "
    "Supt Cmdr Maj Amb Sec Mt Ft No Inc Co Corp Ltd Jan Feb Aug Sept Oct Nov Dec Gens Sens "
    "U.S U.N D.C R D I Ind".split())
DASHES = ("―", "—", "–", "-", "--")
_PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them"}
_DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "one"}
_STOP_AFTER = {"according", "in", "on", "to", "during", "at", "after", "before", "while", "when",
               "who", "whose", "which", "as", "last", "this", "from", "about", "via", "told",
               "earlier", "later", "today", "yesterday", "recently", "and", "but", "that"}
_TRAILING_ADVERBS = {"also", "then", "later", "once", "recently", "previously", "further",
                     "simply", "later", "again", "has", "had", "have", "would", "will", "once",
                     "went", "on", "to"}


def _forms(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ied", base[:-1] + "ies", base + "ing"}
    double = base + base[-1] if base in ("admit", "quip", "scoff", "sob") else stem
    return {base, base + "s", base + "es", double + "ed", double + "ing", stem + "ed"}


CUE_FORMS: frozenset[str] = frozenset(
    set().union(*(_forms(b) for b in _BASES.split())) | _IRREGULAR)


def is_cue(tok: Token) -> bool:
    """A reporting verb: its form is a cue form and, when ambiguous, it is tagged a verb."""
    low = tok.lower_
    if low not in CUE_FORMS:
        return False
    return low not in _NEEDS_VERB_TAG or tok.pos_ in ("VERB", "AUX")


@dataclass(frozen=True)
class Attribution:
    """A cue and speaker found in a frame (character offsets)."""

    cue_start: int
    cue_end: int
    speaker_start: int | None
    speaker_end: int | None
    according_to: tuple[int, int] | None = None  # the "according to X" object, if any


def tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if not t.is_punct and not t.is_space]


def after_attribution(toks: list[Token]) -> Attribution | None:
    """`, she said` / `said Dana Whitfield` / `the musician, 33, explained` after a quote."""
    words = _words(toks)
    cue = next((t for t in words[:12] if is_cue(t)), None)
    if cue is None:
        return _according_only(toks) or _dash_signature(toks)
    i = toks.index(cue)
    before = _np_before(_without_quoted_as(toks[:i]) if cue.tag_ == "VBG" else toks[:i])
    speaker = before if before else _np_after(toks[i + 1:])
    if not before and _words(toks[:i]):
        return None  # words before the verb that are not a subject: another clause
    return _attribution(cue, speaker, _according(toks[i + 1:]))


_QUOTED_AS = {"quoted", "reported", "heard", "recorded", "seen", "caught"}
_BE = {"is", "was", "were", "are", "been", "be", "has", "have", "had", "being"}


def _without_quoted_as(toks: list[Token]) -> list[Token]:
    """`she is quoted as saying`, `he was heard saying`: the subject before the frame."""
    words = _words(toks)
    if words and words[-1].lower_ == "as":
        words = words[:-1]
    if not words or words[-1].lower_ not in _QUOTED_AS:
        return toks
    words = words[:-1]
    while words and words[-1].lower_ in _BE | _TRAILING_ADVERBS:
        words = words[:-1]
    return toks[:toks.index(words[-1]) + 1] if words else []


def before_attribution(toks: list[Token]) -> Attribution | None:
    """`Dana said, “` / `He stated: "` / `Kim wrote on Instagram, "` before a quote."""
    words = _words(toks)
    if not toks or toks[-1].text not in (",", ":") and not _ends_with_cue(words):
        return None
    cues = [t for t in words if is_cue(t)]
    if not cues:
        return _according_before(toks) or _colon_subject(toks)
    cue = cues[-1]
    i = toks.index(cue)
    if cue.tag_ == "VBG" or _coordinated(toks[:i]):
        return with_subject(cue)  # `…, telling the crowd, “` / `and added: “`: main subject
    speaker = _np_before(toks[:i]) or _np_after(toks[i + 1:])
    return _attribution(cue, speaker, None) if speaker else with_subject(cue)


def _according_before(toks: list[Token]) -> Attribution | None:
    """`According to Dana Whitfield, “…`: the phrase is the cue and X the speaker."""
    words = _words(toks)
    at = next((k for k in range(len(words) - 2) if words[k].lower_ == "according"
               and words[k + 1].lower_ == "to"), None)
    if at is None or toks[-1].text != ",":
        return None
    np = _np_after(toks[toks.index(words[at + 1]) + 1:])
    if np is None:
        return None
    return Attribution(words[at].idx, words[at + 1].idx + 2, np[0], np[1], np)


def _colon_subject(toks: list[Token]) -> Attribution | None:
    """`Dana Whitfield was blunt: “…`: a clause that introduces the quote with a colon speaks
    through its subject (a person: the speaker is checked against the mentions later)."""
    if toks[-1].text != ":":
        return None
    words = _words(toks)
    verb = next((t for t in reversed(words) if t.pos_ in ("VERB", "AUX")), None)
    return with_subject(verb) if verb is not None else None


def _coordinated(toks: list[Token]) -> bool:
    words = [t for t in _words(toks) if t.lower_ not in _TRAILING_ADVERBS and t.pos_ != "ADV"]
    return bool(words) and words[-1].pos_ == "CCONJ"


def _ends_with_cue(words: list[Token]) -> bool:
    return bool(words) and is_cue(words[-1])  # `Dana said "…"` without a comma


def _attribution(cue: Token, speaker: tuple[int, int] | None,
                 according: tuple[int, int] | None) -> Attribution:
    s, e = speaker if speaker else (None, None)
    return Attribution(cue.idx, cue.idx + len(cue), s, e, according)


def _according(toks: list[Token]) -> tuple[int, int] | None:
    for i, t in enumerate(toks[:-1]):
        if t.lower_ == "according" and toks[i + 1].lower_ == "to":
            return _np_after(toks[i + 2:])
    return None


def _according_only(toks: list[Token]) -> Attribution | None:
    """`“…,” according to Dana Whitfield.`: the phrase is the cue and X the speaker."""
    words = _words(toks)
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    np = _np_after(toks[toks.index(words[1]) + 1:])
    if np is None:
        return None
    return Attribution(words[0].idx, words[1].idx + 2, np[0], np[1], np)


def _dash_signature(toks: list[Token]) -> Attribution | None:
    """`“…” ― Dana Whitfield`: a dash and a name closing a quote sign it."""
    toks = [t for t in toks if not t.is_space]
    if not toks or toks[0].text not in DASHES:
        return None
    np = _np_after(toks[1:])
    if np is None:
        return None
    return Attribution(toks[0].idx, toks[0].idx + len(toks[0]), np[0], np[1])


def _np_after(toks: list[Token]) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue: `said the All of Me singer, who…`."""
    taken: list[Token] = []
    for t in toks:
        if t.is_space:
            continue
        if _ends_np_after(t, taken):
            break
        taken.append(t)
        if len(taken) >= 10:
            break
    return _trim(taken)


def _ends_np_after(t: Token, taken: list[Token]) -> bool:
    if t.is_punct and t.text not in ("-", "'s", "’s", ".", "&", "+"):
        return True
    if t.text == "." and not (taken and _is_abbrev(taken[-1])):
        return True
    low = t.lower_
    return t.is_lower and (low in _STOP_AFTER or t.pos_ in ("VERB", "AUX")) and bool(taken)


def _is_abbrev(t: Token) -> bool:
    return t.text in ABBREVIATIONS or bool(re.fullmatch(r"[A-Z]", t.text))


def _np_before(toks: list[Token]) -> tuple[int, int] | None:
    """The noun phrase ending right before a cue verb, skipping adverbs and `, 33,`."""
    toks = [t for t in toks if not t.is_space]
    while toks and (toks[-1].lower_ in _TRAILING_ADVERBS or toks[-1].pos_ in ("ADV", "PART")):
        toks = toks[:-1]
    if toks and toks[-1].text == ",":
        toks = toks[:-1]
    toks = _skip_apposition(_skip_parenthesis(toks))
    if len(toks) > 2 and toks[-1].like_num and toks[-2].text == ",":
        toks = toks[:-2]  # "Dana Cole, 52, who runs a boat," → "Dana Cole"
    taken: list[Token] = []
    for t in reversed(toks):
        if not _np_word(t):
            break
        taken.insert(0, t)
    return _trim(taken) if len(taken) <= 10 else None


def _skip_parenthesis(toks: list[Token]) -> list[Token]:
    """`Rep. Kim Lee (D-Md.)` → `Rep. Kim Lee`: party and state tags are not the name."""
    if toks and toks[-1].text == ")":
        opens = [i for i, t in enumerate(toks) if t.text == "("]
        return toks[:opens[-1]] if opens else toks
    return toks


def _skip_apposition(toks: list[Token]) -> list[Token]:
    """`the musician, 33` → `the musician`: drop an age or a descriptive apposition."""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if not commas or len(toks) - commas[-1] > 13:
        return toks
    first = toks[commas[-1] + 1] if commas[-1] + 1 < len(toks) else None
    descriptive = first is not None and (first.pos_ in ("DET", "NUM") or first.is_lower)
    return toks[:commas[-1]] if descriptive else toks


def _np_word(t: Token) -> bool:
    if t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON") or t.text in ("-", "'s", "’s"):
        return t.lower_ not in ("who", "which", "that", "what")
    if t.text in ("of", "&", "+", "."):
        return True
    closed_class = ("ADV", "ADP", "SCONJ", "CCONJ", "AUX", "VERB", "PART", "INTJ")
    return not t.is_lower and not t.is_punct and t.pos_ not in closed_class


def _trim(taken: list[Token]) -> tuple[int, int] | None:
    while taken and (taken[0].is_punct or taken[0].pos_ == "SCONJ"
                     or taken[0].lower_ in ("of", "and", "'s", "’s", "that")):
        taken = taken[1:]
    while taken and (taken[-1].is_punct or taken[-1].lower_ in ("of", "the", "a", "and")):
        taken = taken[:-1]
    if not taken or not any(t.pos_ in ("PROPN", "NOUN", "PRON", "NUM") or t.is_title
                            for t in taken):
        return None
    return taken[0].idx, taken[-1].idx + len(taken[-1])


def speaker_kind(text: str, span: Span | None) -> str:
    """'pronoun' | 'name' | 'descriptor' for a speaker expression."""
    low = text.lower()
    if low in _PRONOUNS:
        return "pronoun"
    first = low.split()[0] if low.split() else ""
    has_proper = span is not None and any(t.pos_ == "PROPN" for t in span)
    if first in _DETERMINERS or not has_proper and not text[:1].isupper():
        return "descriptor"
    return "name" if has_proper or text[:1].isupper() else "descriptor"


def governing_cue(doc: Doc, start: int, end: int, any_verb: bool = False
                  ) -> Attribution | None:
    """Fallback for a quote inside a sentence: a cue verb that governs it syntactically.

    `Cruz said he had "areas of disagreement" with the plan`: walk from the quote's tokens
    up the dependency tree to a reporting verb outside the quote, and take its subject.
    With `any_verb`, any governing verb will do (`The senator called the bill “…”`): a
    quote embedded in a sentence is the words of that sentence's subject.
    """
    inside = tokens(doc, start, end)
    for tok in inside:
        head, steps = tok.head, 0
        while steps < 5 and head.i != head.head.i and start <= head.idx < end:
            head, steps = head.head, steps + 1
        for cand in (head, *head.ancestors):
            wanted = is_cue(cand) or any_verb and cand.pos_ == "VERB"
            if not start <= cand.idx < end and wanted:
                found = with_subject(cand)
                outside = found and not start <= (found.speaker_start or 0) < end
                return found if outside else None
    return None


def with_subject(cue: Token) -> Attribution | None:
    """The cue's subject, or that of the verb it hangs from (`X noted…, and added:`)."""
    verb, subj = cue, None
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if subj is None:
        return None
    toks = [t for t in subj.subtree]
    cut = next((k for k, t in enumerate(toks) if t.text in (",", "(")
                or t.lower_ in ("who", "which")), len(toks))
    span = _apposed_name(toks, cut) or _trim(toks[:cut])
    return _attribution(cue, span, None) if span else None


def _apposed_name(toks: list[Token], cut: int) -> tuple[int, int] | None:
    """"The family's younger child, Bella Brenholt, 24, …": the name set off after a
    common-noun subject is who it is."""
    if cut >= len(toks) - 1 or toks[cut].text != "," or any(t.pos_ == "PROPN" for t in toks[:cut]
                                                           if t.dep_ != "poss"):
        return None
    name = []
    for t in toks[cut + 1:]:
        if t.pos_ != "PROPN":
            break
        name.append(t)
    return (name[0].idx, name[-1].idx + len(name[-1])) if name else None
