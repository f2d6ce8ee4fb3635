"""Per-document preparation: article → document with id, removed junk and publication date."""
from __future__ import annotations

import hashlib

from .clean.boilerplate import find_boilerplate
from .clean.outlet import infer_outlet
from .clean.published import infer_published
from .model import Article, Document


def document_id(text: str) -> str:
    """Stable id from content: SHA-256 of the whitespace-normalized text (first 16 hex digits)."""
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def prepare(article: Article) -> Document:
    title = article.title or "(untitled)"
    removed = tuple(find_boilerplate(article.text, title))
    published = infer_published(article.text, removed, article.published,
                                article.published_source)
    return Document(id=document_id(article.text), path=article.path, title=title,
                    text=article.text, url=article.url,
                    outlet=article.outlet or infer_outlet(article.text),
                    published=published, removed=removed)
