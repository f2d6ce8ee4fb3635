"""Direct quotes with their cue, speaker expression and outlet.

`find_quotes(doc)` takes a spaCy Doc parsed over a document's kept text (boilerplate
blanked with spaces, so offsets index the stored text) and returns one `QuoteFinding` per
quoted paragraph piece. Conventions:
- A quote interrupted by its attribution (`“A,” she said. “B.”`) gives two findings; the
  second carries the first one's speaker and cue with `inherited=True`.
- A quote that runs over several paragraphs gives one finding per paragraph; the later
  pieces inherit speaker, cue and outlet (`inherited=True`).
- Quoted phrases of one to three words count only with a cue right next to them, and
  capitalised phrases with no cue are titles of works: both are left out.
- Speaker spans are the expression as written ("Dana Whitfield", "she", "the singer"); the
  caller maps them to entities. `outlet_ref` keeps "the publication"-style references;
  they are resolved to the last outlet named earlier in the document when there is one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..model import Quote, Span
from . import quote_cues as cues
from . import quote_outlets as outlets
from .quote_spans import MarkSpan, looks_like_title, quote_spans, word_count
from .nlp import text_of

MIN_WORDS = 4  # below this a quoted phrase needs an adjacent cue to count as a quote
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_INTERVIEW = {"with"}
_SAY = r"(?:said|says|added|adds|wrote|writes|explained|recalled|noted|continued)"
_WHO = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|he|she|they)"
_BARE_ATTRIBUTION = re.compile(rf"\s*(?:{_WHO}\s+{_SAY}|{_SAY}\s+{_WHO})\s*\.(?:\s|$)")
_CAPITAL_PRONOUNS = {"He", "She", "They", "We", "I", "It", "You", "His", "Her", "Their"}  # "an interview with X" frames the rest of the document


@dataclass(frozen=True)
class QuoteFinding:
    start: int
    end: int
    text: str
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None  # "name" | "pronoun" | "descriptor"
    inherited: bool = False
    outlet: str | None = None
    outlet_start: int | None = None
    outlet_end: int | None = None
    outlet_ref: str | None = None  # "the publication" etc., as written
    speaker: str | None = None  # the speaker expression's text
    document: str = ""

    def as_quote(self, quote_id: str, speaker_entity: str | None = None) -> Quote:
        """The model type, once the caller has mapped the speaker span to an entity."""
        cue = Span(self.document, self.cue_start, self.cue_end) if self.cue_start is not None \
            else None
        return Quote(quote_id, Span(self.document, self.start, self.end), self.text,
                     speaker_entity, self.outlet, cue)


def find_quotes(doc: Doc, document: str = "") -> list[QuoteFinding]:
    """Every direct quote of `doc`, in order, attributed where the text allows."""
    spans = [s for s in quote_spans(text_of(doc)) if s.end > s.start]
    mentions = outlets.outlet_mentions(doc, 0, len(text_of(doc)))
    mentions = [m for m in mentions if not _inside_any(m.position, spans)]
    mentions = outlets.resolve(mentions, mentions)
    found: list[QuoteFinding] = []
    for k in range(len(spans)):
        finding = _attribute(doc, spans, k, found)
        if finding is not None:
            found.append(_with_outlet(doc, finding, spans, k, mentions, found))
    return [replace(f, document=document) for f in found]


def _inside_any(pos: int, spans: list[MarkSpan]) -> bool:
    return any(s.open_at < pos < s.close_at for s in spans)


def _attribute(doc: Doc, spans: list[MarkSpan], k: int,
               found: list[QuoteFinding]) -> QuoteFinding | None:
    span = spans[k]
    text = text_of(doc)[span.start:span.end]
    adjacent = _adjacent_attribution(doc, spans, k)
    short = word_count(text) < MIN_WORDS
    if adjacent is None and (short or looks_like_title(text)):
        return None
    base = QuoteFinding(span.start, span.end, text)
    if adjacent is not None:
        return _apply(doc, base, adjacent)
    governing = cues.governing_cue(doc, span.start, span.end)
    if governing is None and _embedded(text_of(doc), spans, k):
        governing = cues.governing_cue(doc, span.start, span.end, any_verb=True)
    if governing is not None:
        return _apply(doc, base, governing)
    return _inherit(doc, base, spans, k, found)


def _embedded(text: str, spans: list[MarkSpan], k: int) -> bool:
    """The quote sits inside a sentence that began before it (not a standalone quote)."""
    return bool(text[_before_start(text, spans, k):spans[k].open_at].strip())


def _adjacent_attribution(doc: Doc, spans: list[MarkSpan], k: int) -> cues.Attribution | None:
    span = spans[k]
    if span.closed and _may_attribute_after(text_of(doc), span):
        after = cues.after_attribution(cues.tokens(doc, span.close_at + 1,
                                                   _after_end(text_of(doc), spans, k)))
        if after is not None:
            return after
    return cues.before_attribution(cues.tokens(doc, _before_start(text_of(doc), spans, k),
                                               span.open_at)) or _colon_paragraph(doc, span)


def _colon_paragraph(doc: Doc, span: MarkSpan) -> cues.Attribution | None:
    """"His brother Douglas said:" closing one paragraph, the quote opening the next."""
    text = text_of(doc)
    if text[span.para_start:span.open_at].strip():
        return None
    colon = len(text[:span.para_start].rstrip())
    if colon == 0 or text[colon - 1] != ":":
        return None
    para = text.rfind("\n", 0, colon - 1) + 1
    ends = _sentence_ends(text, para, colon - 1)
    start = ends[-1].end() if ends else para
    return cues.before_attribution(cues.tokens(doc, start, colon))


def _may_attribute_after(text: str, span: MarkSpan) -> bool:
    """`“…,” she said` yes; `“…enough.” She also posted` no: a period ends the sentence."""
    nxt = text[span.close_at + 1:span.para_end].split()
    if nxt and nxt[0].startswith(cues.DASHES):
        return True  # `“…” ― Name`: a signature, whatever the quote ends with
    inner = text[span.start:span.close_at].rstrip(" ’'\"”")
    if inner.endswith("."):  # only a bare "Name said." may follow a finished sentence
        return bool(_BARE_ATTRIBUTION.match(text, span.close_at + 1, span.para_end))
    return not (inner.endswith(("?", "!")) and nxt and nxt[0] in _CAPITAL_PRONOUNS)


def _after_end(text: str, spans: list[MarkSpan], k: int) -> int:
    span = spans[k]
    limit = span.para_end
    if k + 1 < len(spans) and spans[k + 1].para_start == span.para_start:
        limit = spans[k + 1].open_at
    ends = _sentence_ends(text, span.close_at + 1, limit)
    return ends[0].start() if ends else limit


def _before_start(text: str, spans: list[MarkSpan], k: int) -> int:
    span = spans[k]
    start = span.para_start
    if k > 0 and spans[k - 1].para_start == span.para_start:
        start = spans[k - 1].close_at + 1
    ends = _sentence_ends(text, start, span.open_at)
    return ends[-1].end() if ends else start


def _sentence_ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Sentence-final punctuation, except the period of "Sen." or an initial."""
    return [m for m in _SENTENCE_END.finditer(text, start, end)
            if not (m.group() == "." and _abbreviation_before(text, m.start()))]


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]+$", text[max(0, dot - 12):dot])
    return bool(word) and (word.group() in cues.ABBREVIATIONS or len(word.group()) == 1
                           or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group())))  # "A.J."


def _apply(doc: Doc, base: QuoteFinding, att: cues.Attribution) -> QuoteFinding:
    s, e = att.speaker_start, att.speaker_end
    if att.according_to and (s, e) == att.according_to and outlets.is_outlet_like(doc, s, e):
        s = e = None  # "according to Meridian Post": an outlet, not a speaker
    speaker = text_of(doc)[s:e] if s is not None else None
    kind = cues.speaker_kind(speaker, doc.char_span(s, e, alignment_mode="expand")) \
        if speaker else None
    return replace(base, cue_start=att.cue_start, cue_end=att.cue_end, speaker_start=s,
                   speaker_end=e, speaker_kind=kind, speaker=speaker)


def _inherit(doc: Doc, base: QuoteFinding, spans: list[MarkSpan], k: int,
             found: list[QuoteFinding]) -> QuoteFinding:
    """Carry the previous quote's speaker to a cue-less quote that continues it."""
    prev = found[-1] if found else None
    if prev is None or prev.speaker_start is None or not _continues(text_of(doc), spans, k, prev):
        return base
    return replace(prev, start=base.start, end=base.end, text=base.text, inherited=True)


def _continues(text: str, spans: list[MarkSpan], k: int, prev: QuoteFinding) -> bool:
    span = spans[k]
    if span.para_start <= prev.start:  # same paragraph: `“A,” she said. “B.”`
        return True
    opens_paragraph = not text[span.para_start:span.open_at].strip()
    gap = text[prev.end:span.para_start]
    return opens_paragraph and gap.count("\n") >= 1 and \
        _few_words_between(gap, _leads_paragraph(text, prev.start))


def _leads_paragraph(text: str, start: int) -> bool:
    """The quote opens its paragraph (`“A,” said Ana Cole, director of …`)."""
    return text[text.rfind("\n", 0, start) + 1:start].strip() in ("", "“", '"', "‘", "'")


def _few_words_between(gap: str, after_leading_quote: bool = False) -> bool:
    # the previous quote must close (nearly) the previous non-blank paragraph, or open it:
    # then the rest of that paragraph is its attribution, however long
    paragraphs = [p for p in gap.split("\n") if p.strip()]
    return len(paragraphs) <= 1 and (after_leading_quote or word_count(gap) <= 20)


def _with_outlet(doc: Doc, f: QuoteFinding, spans: list[MarkSpan], k: int,
                 mentions: list[outlets.OutletMention],
                 found: list[QuoteFinding]) -> QuoteFinding:
    if f.inherited:
        return f  # the outlet came with the speaker
    lo, hi = _before_start(text_of(doc), spans, k), _after_end(text_of(doc), spans, k)
    own = [m for m in mentions if lo <= m.position < hi] if f.cue_start is not None else []
    if own:
        return _set_outlet(f, own[0])
    if _continuing(doc, f) and found and found[-1].outlet:
        prev = found[-1]  # "…," he continued: still talking to the same outlet
        return replace(f, outlet=prev.outlet, outlet_start=prev.outlet_start,
                       outlet_end=prev.outlet_end, outlet_ref=prev.outlet_ref)
    context = _context_outlet(spans[k], mentions, _written(doc, f))
    return _set_outlet(f, context) if context else f


_CONTINUING = {"continued", "continues", "added", "adds", "went"}


def _continuing(doc: Doc, f: QuoteFinding) -> bool:
    cue = text_of(doc)[f.cue_start:f.cue_end].lower() if f.cue_start is not None else ""
    return cue in _CONTINUING


_WRITTEN = {"wrote", "writes", "posted", "posts", "captioned", "commented", "tweeted", "shared"}
PLATFORM_REACH = 1000  # characters: "she wrote" under the post a paragraph or two above


def _written(doc: Doc, f: QuoteFinding) -> bool:
    return f.cue_start is not None and text_of(doc)[f.cue_start:f.cue_end].lower() in _WRITTEN


def _context_outlet(span: MarkSpan, mentions: list[outlets.OutletMention], written: bool
                    ) -> outlets.OutletMention | None:
    """An outlet named earlier in the paragraph, or an interview framing the document; for a
    written quote ("she wrote"), the platform named last shortly before."""
    platforms = [m for m in mentions if m.kind == "platform" and m.position < span.open_at
                 and span.open_at - m.position <= PLATFORM_REACH]
    if written and platforms:
        return platforms[-1]
    earlier = [m for m in mentions if m.position < span.open_at and m.name
               and m.kind != "platform"]
    in_para = [m for m in earlier if m.position >= span.para_start]
    if in_para:
        return in_para[-1]
    framing = [m for m in earlier if m.kind in _INTERVIEW]
    return framing[-1] if framing else None


def _set_outlet(f: QuoteFinding, m: outlets.OutletMention) -> QuoteFinding:
    return replace(f, outlet=m.name, outlet_start=m.start if m.name else None,
                   outlet_end=m.end if m.name else None, outlet_ref=m.ref)
