"""Find boilerplate in an article's stored text: embeds, teasers, footers, credits, prompts.

Nothing is deleted: `find_boilerplate` returns sorted, non-overlapping `Removal`s whose
offsets slice the stored text exactly, so provenance offsets stay valid. The rules form a
pipeline (a list of small pure functions, textacy-style); each returns matches with a reason.
Date and byline lines are deliberately left alone: publication dates are read from them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..model import Removal
from .boilerplate_rules import (
    INLINE_CREDIT, NUMBERED, SHAPE_REASONS, SHARED_BY, TWEET_CREDIT, VIEW_ON, Line, Match, Page,
    Rule, is_caption_shaped, is_credit, is_embed_marker, is_footer, is_headline_shaped,
    is_line_junk, is_list_item, is_newsletter, is_prompt, is_share_row, is_teaser, normalize,
    split_lines, whole,
)

# How far an embed's caption may sit from its marker (Instagram puts it between the two).
CAPTION_SPAN = 3
# A trailing run of bare headlines without any other junk cue must be this long.
MIN_BARE_HEADLINES = 3


def _per_line(predicate: Callable[[str], bool], reason: str) -> Rule:
    """Lift a context-free line predicate into a rule."""
    def rule(page: Page, title: str | None) -> list[Match]:
        return [whole(line, reason) for line in page if predicate(line.text)]
    rule.__name__ = f"rule_{reason}"
    return rule


def embed_captions(page: Page, title: str | None) -> list[Match]:
    """The caption of an embedded post: between 'View this post' and 'A post shared by',
    or the one caption-shaped line directly before a credit / after a marker."""
    out: list[Match] = []
    for i, line in enumerate(page):
        if VIEW_ON.match(line.text):
            out += _captions_after(page, i)
        elif SHARED_BY.match(line.text):
            out += _glued_caption_after(page, i)
            if not _view_before(page, i):
                out += _caption_at(page, i - 1)
        elif TWEET_CREDIT.match(line.text):  # credit alone on its line: the tweet is above
            out += _caption_at(page, i - 1, limit=300)
    return out


HANDLE = re.compile(r"\(@([\w.]{1,30})\)")


def _glued_caption_after(page: Page, i: int) -> list[Match]:
    """Instagram's caption printed after its credit, opening with the bare handle the credit
    names ('maraquill First loaf ...'): the handle makes it safe, not the line's shape."""
    handle = HANDLE.search(page[i].text)
    if not handle or i + 1 >= len(page):
        return []
    nxt = page[i + 1]
    glued = nxt.text.lower().startswith(handle.group(1).lower() + " ") and len(nxt.text) <= 300
    return [whole(nxt, "embed_caption")] if glued else []


def _view_before(page: Page, i: int) -> bool:
    return any(VIEW_ON.match(page[j].text) for j in range(max(0, i - CAPTION_SPAN - 1), i))


def _captions_after(page: Page, i: int) -> list[Match]:
    """Lines between a 'View this post' marker and its 'shared by' credit are the caption."""
    for j in range(i + 1, min(len(page), i + CAPTION_SPAN + 2)):
        if SHARED_BY.match(page[j].text):
            return [whole(page[k], "embed_caption") for k in range(i + 1, j)
                    if not is_embed_marker(page[k].text)]
    return _caption_at(page, i + 1)


def _caption_at(page: Page, j: int, limit: int | None = None) -> list[Match]:
    """One neighbouring line, only when it is caption-shaped (never a long paragraph)."""
    if not 0 <= j < len(page) or is_embed_marker(page[j].text):
        return []
    text = page[j].text
    ok = len(text) <= limit if limit else is_caption_shaped(text)
    return [whole(page[j], "embed_caption")] if ok else []


def repeated_title(page: Page, title: str | None) -> list[Match]:
    """The title again as the first body line; the first line itself is the title line."""
    if len(page) < 2:
        return []
    wanted = normalize(title or page[0].text)
    if normalize(page[0].text) == wanted == normalize(page[1].text):
        return [whole(page[1], "repeated_title")]
    return []


def trailing_headlines(page: Page, title: str | None) -> list[Match]:
    """A run of headline-shaped lines closing the article: links to other stories.

    The run may interleave other junk (teasers, 'More in ...'); it needs such a cue, or
    MIN_BARE_HEADLINES headlines, so one title-case closing line is never taken alone."""
    run = _tail_run(page)
    heads = [line for line in run if is_headline_shaped(line.text) and not is_line_junk(line.text)]
    cued = any(is_line_junk(line.text) for line in run)
    if not heads or not (cued or len(heads) >= MIN_BARE_HEADLINES):
        return []
    return [whole(line, "teaser_headline") for line in heads]


def _tail_run(page: Page) -> list[Line]:
    """The last lines of the page that are junk or headline-shaped (never the title line)."""
    return _tail(page, is_headline_shaped)


def listed_headlines(page: Page, title: str | None) -> list[Match]:
    """Links listed under a footer heading ('Most read', 'Trending in Town', 'Related articles'),
    in any case: short non-sentence lines up to the page end or the article's next paragraph."""
    out: list[Match] = []
    for i, line in enumerate(page):
        if i and is_footer(line.text):
            out += [whole(item, "teaser_headline") for item in _listed_after(page, i)]
    return out


def _listed_after(page: Page, i: int) -> list[Line]:
    """The list items after heading i; other junk lines are stepped over (their own rules
    take them), the first sentence-shaped line ends the list."""
    items: list[Line] = []
    for line in page[i + 1:]:
        if is_line_junk(line.text):
            continue
        if not is_list_item(line.text):
            break
        items.append(line)
    return items


def numbered_headlines(page: Page, title: str | None) -> list[Match]:
    """'1. ... 2. ... 3. ...' short lines closing the page: a most-read list without heading.
    Needs MIN_BARE_HEADLINES items numbered 1, 2, 3... so a closing numbered point is kept."""
    run = [line for line in _tail(page, lambda t: bool(NUMBERED.match(t)) and is_list_item(t))
           if not is_line_junk(line.text)]
    numbers = [int(m.group(1)) for line in reversed(run) if (m := NUMBERED.match(line.text))]
    if len(numbers) < MIN_BARE_HEADLINES or numbers != list(range(1, len(numbers) + 1)):
        return []
    return [whole(line, "teaser_headline") for line in run]


def _tail(page: Page, keep: Callable[[str], bool]) -> list[Line]:
    """The closing lines (last first) that are junk or pass `keep`, never the title line."""
    run: list[Line] = []
    for line in reversed(page[1:]):
        if not (is_line_junk(line.text) or keep(line.text)):
            break
        run.append(line)
    return run


LEADING_AD = re.compile(  # followed by a capital: a new sentence, not "Advertisement spending"
    r"(?i)^(?:advertisement|story continues below(?: advertisement)?|skip ad)\b\W*(?=(?-i:[A-Z“]))")


def leading_ad(page: Page, title: str | None) -> list[Match]:
    """An ad slot glued to the front of a real paragraph: only the slot label goes."""
    return [Match(line.start, line.start + m.end(), "ui_prompt") for line in page
            if not is_prompt(line.text) and (m := LEADING_AD.match(line.text))]


def inline_credits(page: Page, title: str | None) -> list[Match]:
    """'(Photo by X/Agency)' inside a longer line: only the parenthesis goes."""
    return [Match(line.start + m.start(), line.start + m.end(), "photo_credit")
            for line in page for m in INLINE_CREDIT.finditer(line.text)]


RULES: list[Rule] = [
    _per_line(is_embed_marker, "social_embed"),
    embed_captions,
    _per_line(is_prompt, "ui_prompt"),
    leading_ad,
    _per_line(is_teaser, "teaser"),
    _per_line(is_footer, "more_footer"),
    trailing_headlines,
    listed_headlines,
    numbered_headlines,
    _per_line(is_credit, "photo_credit"),
    inline_credits,
    _per_line(is_newsletter, "newsletter"),
    _per_line(is_share_row, "share_buttons"),
    repeated_title,
    *(_per_line(predicate, reason) for predicate, reason in SHAPE_REASONS),
]


def find_boilerplate(text: str, title: str | None, rules: list[Rule] | None = None) -> list[Removal]:
    """Sorted, non-overlapping boilerplate spans of `text` (offsets slice `text` exactly)."""
    page = split_lines(text)
    matches = [m for rule in (rules or RULES) for m in rule(page, title)]
    return [Removal(m.start, m.end, text[m.start:m.end], m.reason) for m in _merge(matches)]


def _merge(matches: Iterable[Match]) -> list[Match]:
    """Union overlapping matches; the earliest-starting (then longest) gives the reason."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            last = out[-1]
            out[-1] = Match(last.start, max(last.end, m.end), last.reason)
        else:
            out.append(m)
    return out

