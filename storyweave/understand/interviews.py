"""Question-and-answer interviews: the answers are the interviewee's words, unquoted.

"Keystone: How did you tell him?" / "Hollowell: In person, in his office." The label whose
lines ask questions is the interviewer (often the publication itself, then the outlet); the
other label's lines are direct quotes of the person it names.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .nlp import text_of
from .quotes import QuoteFinding

# "Label: text" on a line of its own; a label is one to three capitalised words
_LINE = re.compile(r"^(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):[ \t]+(?P<said>\S[^\n]*)$",
                   re.M)
MIN_QUESTIONS = 2  # an interview asks more than once


def interview_answers(doc: Doc, document: str = "") -> list[QuoteFinding]:
    """Answers of a Q&A interview as quote findings (speaker: the answering label)."""
    lines = list(_LINE.finditer(text_of(doc)))
    asks = Counter(m["label"] for m in lines if m["said"].rstrip().endswith("?"))
    interviewer = asks.most_common(1)[0][0] if asks else None
    if interviewer is None or asks[interviewer] < MIN_QUESTIONS:
        return []
    answered = [m for prev, m in zip(lines, lines[1:])  # the line right after a question
                if prev["label"] == interviewer and m["label"] != interviewer]
    return [QuoteFinding(m.start("said"), m.end("said"), m["said"],
                         speaker_start=m.start("label"), speaker_end=m.end("label"),
                         speaker_kind="name", speaker=m["label"], outlet=interviewer,
                         document=document)
            for m in answered]
