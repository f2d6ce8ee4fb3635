"""Cross-document entity resolution on hand-built mentions (an in-memory index)."""
from __future__ import annotations

from storyweave.consolidate.entities import LocalMention, Resolved, keys_of, resolve_document


class _Index:
    """Entities kept in memory, found by the keys resolution indexes them under."""

    def __init__(self) -> None:
        self.entities: list[Resolved] = []

    def find(self, keys) -> list[Resolved]:
        keys = set(keys)
        return [e for e in self.entities if keys_of(e) & keys]

    def create(self, type: str, name: str) -> Resolved:
        e = Resolved(f"{type}:{name.lower()}-{len(self.entities)}", type)
        self.entities.append(e)
        return e


def _mention(doc: str, local: str, label: str, text: str) -> LocalMention:
    return LocalMention(doc, local, label, "name", text, 0, len(text))


def test_consolidate_entities_a_lone_name_joins_the_person_not_an_organization_so_named():
    index = _Index()
    org = resolve_document([_mention("d1", "organization:wren", "organization", "Wren")], index)
    second = resolve_document([_mention("d2", "p1", "person", "Wren")], index)
    third = resolve_document([_mention("d3", "p1", "person", "Wren")], index)
    assert second["p1"].type == "person" and second["p1"].id != org["organization:wren"].id
    assert third["p1"].id == second["p1"].id
