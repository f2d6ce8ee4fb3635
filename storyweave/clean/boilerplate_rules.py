"""Boilerplate rules: small pure functions over the non-blank lines of an article.

Every rule judges line SHAPE and CUE WORDS only (never particular names or sentences),
because it must work on outlets it has never seen. A rule takes the page (the lines with
their offsets) and the title, and returns `Match`es with a reason code. Rules that need
neighbours (embed captions, a trailing run of headlines) look at adjacent lines only, so a
real paragraph is never taken on a guess from far away.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """A non-blank line: `text` is the stored text[start:end], outer blanks trimmed."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    reason: str


Page = Sequence[Line]
Rule = Callable[[Page, "str | None"], Iterable[Match]]


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, trimmed, with offsets that slice `text` exactly."""
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        body = raw.strip()
        if body:
            start = m.start() + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(body), body))
    return lines


def whole(line: Line, reason: str) -> Match:
    return Match(line.start, line.end, reason)


# --- cue patterns (line shapes) -------------------------------------------------------

_NETWORKS = r"(?:instagram|facebook|twitter|tiktok|youtube|x|threads)"
VIEW_ON = re.compile(
    rf"^view (?:this|more)(?: (?:post|photo|video|reel|profile|tweet))? on {_NETWORKS}\b", re.I)
SHARED_BY = re.compile(r"^an? (?:post|photo|video|reel) (?:shared|posted) by\b", re.I)
# Twitter's blockquote credit: "— Name (@handle) March 3, 2021", alone or ending a tweet.
TWEET_CREDIT = re.compile(
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?\s*$")
TWEET_PIC = re.compile(r"\bpic\.twitter\.com/\w+", re.I)
EMBED_OTHER = re.compile(
    rf"^(?:embed from getty images|watch on {_NETWORKS}|(?:a )?tweet (?:shared|posted) by\b"
    r"|<(?:tweet|blockquote|iframe|embed)\b|.*</(?:tweet|blockquote)>)", re.I)

UI_PROMPT = re.compile(
    r"^(?:continue scrolling\b|click the button below\b|click here (?:to|for)\b"
    r"|scroll (?:down|up) (?:for|to)\b|skip ad\b|ad$"
    r"|advertisements?\W*$|advertisement\s*[-–—:|]"
    r"|(?:story|article|content|text) continues (?:below|after)\b"
    r"|continue reading\b[^.]{0,30}$|read the (?:rest|full (?:story|article|report))\b"
    r"|read more(?: here)?\W*$|this (?:content|embed) is imported from\b"
    r"|(?:loading|play) video\W*$)", re.I)

TEASER = re.compile(
    r"^(?:related(?: stories| articles| coverage| content| links)?|next|previously|read more"
    r"|more|see also|also see|watch|also read|read also|recommended|trending|don'?t miss"
    r"|must read|further reading|listen)\s*:", re.I)

FOOTER = re.compile(
    r"^(?:(?i:more (?:in|from|on|stories (?:in|from)|news from))\s+[A-Z0-9@][^.!?:;]{0,50}"
    r"|(?i:(?:you )?(?:may|might) also like|recommended for you|trending now|most (?:popular|read)"
    r"|related (?:stories|articles|coverage|content|links)|top stories|latest news))\W*$")

_CREDIT_WORD = r"(?:photo(?:graph)?|image|picture|video|graphic|illustration|footage)s?"
CREDIT_LINE = re.compile(
    rf"^\(?(?:(?:{_CREDIT_WORD}(?: credits?)?|(?:image |photo )?credits?)\s*[:|]\s*\S"
    rf"|{_CREDIT_WORD} (?:by|courtesy(?: of)?|via)\s+\S)", re.I)
_AGENCIES = r"(?:getty images|afp|reuters|ap(?: photo)?|shutterstock|wireimage|filmmagic|invision|epa)"
AGENCY_TAIL = re.compile(rf"^[^.!?]{{0,80}}/\s*{_AGENCIES}\W*$", re.I)
# "Getty/Instagram.": two capitalised sources joined by a slash, alone on a short line.
SOURCE_PAIR = re.compile(r"^[A-Z][\w&' -]{0,30}/[A-Z][\w&' -]{0,30}\.?$")
INLINE_CREDIT = re.compile(
    rf"\((?:{_CREDIT_WORD}\s*(?:by|:|credit:?|courtesy(?: of)?)\s[^()]{{1,80}}"
    rf"|ap photo/[^()]{{1,60}}|[^()]{{1,60}}/\s*{_AGENCIES}[^()]{{0,30}})\)", re.I)

NEWSLETTER = re.compile(
    r"^(?:sign up\b.*\b(?:newsletters?|e-?mails?|inbox|alerts|updates|free|daily|weekly)\b"
    r"|subscribe (?:to|now|today|for|here)\b|(?:get|receive) (?:our|the)\b.{0,50}\bnewsletter"
    r"|join (?:our|the)\b.{0,40}\b(?:newsletter|mailing list)|follow (?:us|@\w+) on\b"
    r"|like us on facebook|download (?:our|the) app\b)", re.I)

_SHARE_WORDS = re.compile(
    r"(?i:share(?: this(?: article| story)?)?(?: on| via)?|tweet|e-?mail|facebook|twitter|"
    r"pinterest|whatsapp|linkedin|reddit|print|comments?|copy link|flipboard|messenger|sms)")
_SEPARATORS = re.compile(r"[\s|·•/,:;\-–—]+")


# --- line predicates ---------------------------------------------------------------------

def is_share_row(text: str) -> bool:
    """Only share-button words and separators (a scraped row of buttons)."""
    if len(text) > 120:
        return False
    rest = _SEPARATORS.sub("", _SHARE_WORDS.sub("", text))
    return rest == "" and bool(_SHARE_WORDS.search(text))


def is_embed_marker(text: str) -> bool:
    return bool(VIEW_ON.match(text) or SHARED_BY.match(text) or EMBED_OTHER.match(text)
                or (len(text) <= 400 and (TWEET_PIC.search(text) or TWEET_CREDIT.search(text))))


def is_footer(text: str) -> bool:
    return len(text.split()) <= 8 and bool(FOOTER.match(text))


def is_teaser(text: str) -> bool:
    return len(text) <= 250 and bool(TEASER.match(text))


def is_prompt(text: str) -> bool:
    return len(text) <= 160 and bool(UI_PROMPT.match(text))


_FINITE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def is_credit(text: str) -> bool:
    # A credit names a source; a sentence about photos has a verb.
    if len(text) > 160 or _FINITE_VERB.search(text):
        return False
    return bool(CREDIT_LINE.match(text) or AGENCY_TAIL.match(text)
                or (len(text.split()) <= 5 and SOURCE_PAIR.match(text)))


def is_newsletter(text: str) -> bool:
    return len(text) <= 200 and bool(NEWSLETTER.match(text))


def is_line_junk(text: str) -> bool:
    """Any context-free junk shape (used to extend trailing runs)."""
    return any(p(text) for p in (is_embed_marker, is_footer, is_teaser, is_prompt,
                                 is_credit, is_newsletter, is_share_row))


_SMALL_WORDS = frozenset(
    "a an the and or but nor of to in on for with at by from as is vs via per into over".split())


def is_headline_shaped(text: str) -> bool:
    """Title Case, 3-25 words, no sentence-final full stop: the shape of a link to a story."""
    words = [w.strip("\"'“”‘’()[],:;!?") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if not 3 <= len(words) <= 25 or re.search(r"[.,;:]['\"”’)]?$", text):
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    caps = sum(w[0].isupper() for w in big)
    return caps >= 3 and caps >= 0.8 * len(big)


def is_caption_shaped(text: str) -> bool:
    """Short social-media caption: hashtags/handles/emoji, or no sentence-final stop.

    A short plain sentence is not enough: it may be the article's own paragraph."""
    if len(text) > 300:
        return False
    social = re.search(r"(?:^|\s)[#@]\w", text) or any(_is_emoji(c) for c in text)
    return bool(social) or not re.search(r"[.!?]['\"”’)]?$", text)


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So"


def normalize(text: str) -> str:
    """Compare titles loosely: NFKC, straight quotes, casefold, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[‘’‚‛′]", "'", re.sub(r"[“”„‟″]", '"', text))
    text = re.sub(r"[‐-―−]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .!?\"'").casefold()
