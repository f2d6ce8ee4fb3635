"""The read API of a knowledge base: what the REST API, the web pages and scripts use.

Every function takes a *source* (a `KnowledgeBase`, a `Store` or a `sqlite3.Connection`)
and returns JSON-ready dicts whose shapes are documented in each submodule. Lists that can be
long come as a `Page` ({items, total, limit, offset}; limit 1-500, default 50). Unknown ids
raise `storyweave.errors.NotFound` (code E201); bad parameters raise `BadQuery` (E300).

    from storyweave.kb import KnowledgeBase
    from storyweave import query
    with KnowledgeBase("demo.db") as kb:
        hit = query.search_entities(kb, "vale")["items"][0]
        print(query.dossier(kb, hit["id"])["facts"])
"""
from __future__ import annotations

from ._base import DEFAULT_LIMIT, MAX_LIMIT, BadQuery, Page, check_page
from .documents import document, documents
from .entities import dossier, entities, entity, search_entities
from .facts import conflict, conflicts, evidence, fact, facts, predicates
from .quotes import outlets, quotes, speakers
from .timelines import RELATIONS, graph, timeline

__all__ = [
    "BadQuery", "DEFAULT_LIMIT", "MAX_LIMIT", "Page", "RELATIONS", "check_page",
    "conflict", "conflicts", "document", "documents", "dossier", "entities", "entity",
    "evidence", "fact", "facts", "graph", "outlets", "predicates", "quotes",
    "search_entities", "speakers", "timeline",
]
