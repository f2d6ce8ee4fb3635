"""storyweave: a provenance-first knowledge base from piles of news articles."""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import StoryweaveError  # noqa: E402
from .kb import IngestEvent, IngestReport, KnowledgeBase  # noqa: E402
from .model import Interval  # noqa: E402

__all__ = ["KnowledgeBase", "IngestEvent", "IngestReport", "Interval", "StoryweaveError",
           "__version__"]
