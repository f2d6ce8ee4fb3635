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
    r"|(?:loading|play) video\W*$"
    r"|(?:log ?in|sign in)(?: or (?:register|sign up|subscribe))? to (?:save|comment|continue|read"
    r"|bookmark|follow|access|keep reading)\b[^.!?,]{0,40}$"
    r"|(?:[_*=~#-]\s*){3,}$)", re.I)  # a separator rule of underscores, dashes or asterisks

TEASER = re.compile(
    r"^(?:related(?: stories| articles| coverage| content| links)?|next|previously|read more"
    r"|more|see also|also see|watch|also read|read also|recommended|trending|don'?t miss"
    r"|must read|further reading|listen)\s*:", re.I)

# A site or place after a list heading: "Most read on Courier.com", "Trending in Port Ellis",
# "Most popular on gazette.net"; capitalised words or a domain, never "Trending in the town ...".
_SITE = (r"(?:[A-Z0-9][\w&'’-]*(?: [A-Z0-9&][\w&'’-]*){0,3}(?:\.[a-z]{2,6}){0,2}"
         r"|[a-z0-9-]+(?:\.[a-z]{2,6}){1,2})")
FOOTER = re.compile(
    r"^(?:(?i:more (?:in|from|on|stories (?:in|from)|news from))\s+[A-Z0-9@][^.!?:;]{0,50}"
    r"|(?i:(?:(?:you )?(?:may|might) also like|recommended(?: for you)?|trending(?: now)?"
    r"|most (?:popular|read|viewed|shared|commented)(?: (?:news|stories|articles|today|now"
    r"|this week|this month))?|popular(?: now| stories)?|related|more on this (?:story|topic)"
    r"|related (?:stories|articles|coverage|content|links)|top stories|latest news|read next)"
    rf")(?:\s+(?i:on|in|at|from)\s+{_SITE})?)\W*$")
# "MORE PEOPLE MOVES", "MORE ROAR FOOTBALL": an all-caps heading over links to more stories
MORE_HEADING = re.compile(r"^MORE(?: [A-Z&'’]+){1,4}$")
# Reader furniture: "Reuse this content", "Listen to this article (6 min)", "6 min read",
# "Posted in News, Business", "Home > News > People", "Write to A at a@b.com", corrections,
# affiliate notices and "this article appears in the … issue".
FURNITURE = re.compile(
    r"(?i)^(?:reuse this content|listen to this (?:article|story)\b.{0,20}"
    r"|\d{1,2} min(?:ute)?s? read|posted in (?-i:[A-Z])[\w ,&'’-]{0,60}"
    r"|write to [^.]{1,80}\bat\s+[\w.-]+@[\w-]+\.\w+.*"
    r"|corrections? (?:&|and) amplifications?:.*"
    r"|[^.!?]{0,40}\bmay earn (?:a )?(?:commission|money)\b.{0,40}\b(?:buy|purchase|links?)\b.{0,60}"
    r"|this (?:article|story) (?:appears|appeared|was published) in the\b.{0,120}"
    r"|share or comment on this (?:article|story)|ad:\s+\S.{0,150}"
    r"|for the latest\b.{0,40}\bfollow\b.{0,60})$")
BREADCRUMB = re.compile(r"^[A-Z][\w&'’ -]{0,30}(?:\s+[>›»]\s+[A-Z][\w&'’ -]{0,30}){1,5}$")
# "Explore more on these topics: A | B | C", "Tags: A, B": a row of topic links.
TOPICS = re.compile(
    r"(?i)^(?:(?:explore )?more on (?:this|these) (?:topics?|subjects?)|topics|tags|filed under)"
    r"\s*:\s*\S[^.!?]{0,150}$")

_CREDIT_WORD = r"(?:photo(?:graph)?|image|picture|video|graphic|illustration|footage)s?"
CREDIT_LINE = re.compile(
    rf"^\(?(?:(?:{_CREDIT_WORD}(?: credits?)?|(?:image |photo )?credits?)\s*[:|]\s*\S"
    rf"|{_CREDIT_WORD} (?:by|courtesy(?: of)?|via)\s+\S)", re.I)
# Magazine shoot credits: "Photography: A B for Glimmer", "Styling: A. Hair and make-up: B".
STUDIO_CREDIT = re.compile(
    r"(?i)^(?:(?:photography|styling)(?:\s*:\s*| by\s+)"
    r"|(?:hair(?: and| &) make-?up|make-?up|grooming|set design|(?:art|creative|fashion) direction)"
    r"\s*:\s*)\S")
# A whole-line parenthesis naming a photographer: "(Gazette file photo by A B)".
PAREN_CREDIT = re.compile(
    r"^\((?:[A-Z][\w'’.-]*\s+|(?i:file|staff|archive|handout)\s+){0,4}"
    rf"(?i:{_CREDIT_WORD})"
    r"\s+(?i:by|courtesy(?: of)?|via)\s+[^()]{1,80}\)\.?$")
# A caption whose last sentence is its credit: "A B at the pier. Photograph: C D/Agency".
CAPTION_TAIL = re.compile(
    rf"^.{{10,250}}[.!?]['\"”’)]?\s+(?i:{_CREDIT_WORD})(?i: credits?)?"
    r"\s*:\s*[A-Z][^.!?]{1,80}$")
# Wire-service credits: "(Reporting by A B; Editing by C D)".
WIRE_CREDIT = re.compile(
    r"(?i)^(?:\((?:additional |further )?(?:reporting|writing|editing|research|compiled)"
    r"(?: and \w+)? by\b[^()]{1,150}\)"
    r"|(?:additional )?reporting by [^.;]{1,60}; (?:additional reporting|editing|writing) by"
    r" [^.]{1,80})\.?$")
# "© 2024 X. All rights reserved.", "Copyright 2023 X Press. ...": never "The copyright ...".
COPYRIGHT = re.compile(
    r"(?i)^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved\W*$"
    r"|\(c\)\s+[A-Z][^.]{0,60}\b\d{4}\.?\s+all rights reserved)")
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
    r"|like us on facebook|download (?:our|the) app\b"
    r"|.{0,160}[.!?:|–—-]\s*(?:sign up|subscribe)(?: now| here| today| for free)?\W*$"
    r"|(?:get|want)\b.{0,80}\b(?:free )?(?:in|to) your inbox\b.{0,40}"
    r"|want more\b[^?]{0,60}\?\s*sign up\b.*)", re.I)

# Reader tip lines, submission notices, "follow ... at site/path", sign-in walls.
CONTACT = re.compile(
    r"(?i)^(?:(?:got|have you got|do you have|know) (?:a |any )?(?:story|stories|news tips?|tips?"
    r"|news|information|memories|photos|pictures)\b[^?]{0,60}\?\s*(?:e-?mail|call|contact|send"
    r"|message|tell|get in touch|share"
    r"|whatsapp|text)\b"
    r"|[^.!?]{0,80}\b(?:may|can) be (?:submitted|sent|e-?mailed)\b[^!?]{0,60}"
    r"[\w.-]+@[\w-]+\.\w[^!?]*"
    r"|follow\b[^.!?]{0,60}\bat\s+(?:https?://)?(?:www\.)?[\w-]+(?:\.[a-z]{2,6})+/\S*\W*$)")
SPONSORED = re.compile(
    r"(?i)^(?:sponsored|promoted|paid (?:post|content|partnership)|partner content|advertorial|cme)"
    r"\s*(?:[:|]|[–—-]\s)\s*\S")
SHOPPING = re.compile(
    r"(?i)^(?:shop (?:the|this|her|his|their|our|[\w'’]+['’]s)(?: [\w-]+){0,2} (?:looks?|outfit"
    r"|style|edit|picks?)|get the look|buy (?:it|now|here))\b[^.:]{0,10}(?::\s*\S|\W*$)")
# A lone all-caps kicker label above or inside a story (case-sensitive on purpose).
KICKER = re.compile(
    r"^(?:EXCLUSIVE|BREAKING(?: NEWS)?|JUST IN|DEVELOPING(?: STORY)?|WATCH|VIDEO|LIVE|PICTURED"
    r"|REVEALED|UPDATED?|SPONSORED|PROMOTED|OPINION|ANALYSIS|EXPLAINER|PREMIUM)\W*$")
COMMENTS = re.compile(
    r"(?i)^(?:(?:\d[\d,]*\s+)?comments?(?:\s*\(\d[\d,]*\)|\s+\d[\d,]*)?"
    r"|(?:view|show|read|see|hide|load|add|post|leave) (?:all |the )?(?:\d[\d,]* )?(?:a )?comments?"
    r"|comments (?:are|have been|is) (?:now )?(?:closed|disabled|turned off)"
    r"(?: (?:on|for) (?:this|the) (?:article|story|post|page))?"
    r"|(?:join|start) the (?:conversation|discussion)|be the first to comment)\W*$")
# One item of a navigation row: a short capitalised label ("Tide Tables", "e-Edition").
_NAV_ITEM = re.compile(r"(?:[A-Z]|[a-z]-[A-Z])[A-Za-z&'’.-]*(?: [A-Za-z&'’.-]+){0,2}")

_SHARE_WORDS = re.compile(  # whole words only: "X" is a network, the letter x in a word is not
    r"(?i:\b(?:share(?: this(?: article| story| post| page)?)?(?: on| via| to)?|tweet|e-?mail"
    r"|facebook|twitter|x|threads|bluesky|telegram|pinterest|whatsapp|linkedin|reddit|print"
    r"|comments?|copy link|flipboard|messenger|sms|\d[\d,]*\s+shares?)\b)")
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
    return len(text.split()) <= 8 and bool(FOOTER.match(text) or MORE_HEADING.match(text))


def is_furniture(text: str) -> bool:
    """Page furniture around a story: reuse and listen links, reading times, breadcrumbs,
    "write to" lines, corrections notices, affiliate notices, ads."""
    return len(text) <= 250 and bool(FURNITURE.match(text) or BREADCRUMB.match(text))


def is_teaser(text: str) -> bool:
    return len(text) <= 250 and bool(TEASER.match(text))


def is_prompt(text: str) -> bool:
    return len(text) <= 160 and bool(UI_PROMPT.match(text))


_FINITE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def is_credit(text: str) -> bool:
    # A credit names a source; a sentence about photos has a verb.
    if len(text) > 160 or _FINITE_VERB.search(text):
        return False
    return bool(CREDIT_LINE.match(text) or AGENCY_TAIL.match(text) or STUDIO_CREDIT.match(text)
                or PAREN_CREDIT.match(text) or (len(text.split()) <= 5 and SOURCE_PAIR.match(text)))


def is_captioned(text: str) -> bool:
    """A photo caption ending in its credit; captions have verbs, so no verb guard here."""
    return len(text) <= 300 and bool(CAPTION_TAIL.match(text))


def is_wire_credit(text: str) -> bool:
    return len(text) <= 200 and bool(WIRE_CREDIT.match(text))


def is_copyright(text: str) -> bool:
    """A copyright notice: it says 'rights reserved' or is a short '© 2024 Outlet' line."""
    if len(text) > 300 or not COPYRIGHT.match(text):
        return False
    return "rights reserved" in text.lower() or len(text.split()) <= 8


def is_contact_prompt(text: str) -> bool:
    return len(text) <= 200 and bool(CONTACT.match(text))


def is_sponsored(text: str) -> bool:
    return len(text) <= 200 and bool(SPONSORED.match(text))


def is_shopping(text: str) -> bool:
    return len(text) <= 250 and bool(SHOPPING.match(text))


def is_kicker(text: str) -> bool:
    return bool(KICKER.match(text))


def is_comment_line(text: str) -> bool:
    return len(text) <= 80 and bool(COMMENTS.match(text))


def is_topics_row(text: str) -> bool:
    return bool(TOPICS.match(text))


def is_nav_row(text: str) -> bool:
    """Three or more short capitalised labels between pipes/bullets, no dates or bylines."""
    items = re.split(r"\s+[|•·]\s+", text)
    return (len(items) >= 3 and len(text) <= 160
            and all(_NAV_ITEM.fullmatch(i) and not i.startswith("By ") for i in items))


def is_newsletter(text: str) -> bool:
    return len(text) <= 200 and bool(NEWSLETTER.match(text))


# Context-free shapes run as their own rules, with their reason codes.
SHAPE_REASONS: tuple[tuple[Callable[[str], bool], str], ...] = (
    (is_captioned, "photo_credit"), (is_wire_credit, "wire_credit"), (is_copyright, "copyright"),
    (is_contact_prompt, "ui_prompt"), (is_sponsored, "sponsored"), (is_shopping, "shopping"),
    (is_kicker, "kicker"), (is_comment_line, "comments"), (is_topics_row, "more_footer"),
    (is_nav_row, "nav_menu"), (is_furniture, "ui_prompt"))
LINE_SHAPES = tuple(predicate for predicate, _ in SHAPE_REASONS)


def is_line_junk(text: str) -> bool:
    """Any context-free junk shape (used to extend trailing runs)."""
    return any(p(text) for p in (is_embed_marker, is_footer, is_teaser, is_prompt,
                                 is_credit, is_newsletter, is_share_row, *LINE_SHAPES))


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


NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")
LIST_ITEM_WORDS = 20


def is_list_item(text: str) -> bool:
    """A linked headline in any case (a list under 'Most read'): short, and not ending like a
    sentence (full stop, colon, comma), so the article's next paragraph ends the list."""
    return (len(text) <= 200 and len(text.split()) <= LIST_ITEM_WORDS
            and not re.search(r"[.,;:]['\"”’)]?$", text)
            and (text[0].isupper() or text[0].isdigit() or text[0] in "'\"‘“"))


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
