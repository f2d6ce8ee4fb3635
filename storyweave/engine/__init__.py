"""Ingest engines: where the per-document stages (read, prepare, understand) run.

- "local" (default): in this process, `KnowledgeBase.ingest`.
- "ray": as Ray Data actors, one spaCy model per actor (`pip install 'storyweave[ray]'`);
  results are stored in input order by this process through `KnowledgeBase.add_analyses`,
  so the knowledge base is the same as with "local". See `storyweave.engine.ray`.
"""
from __future__ import annotations

ENGINES = ("local", "ray")

__all__ = ["ENGINES"]
