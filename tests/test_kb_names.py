"""Cross-document names: a nickname in quotes, and a middle or maiden name, join one entity."""
from __future__ import annotations

from pathlib import Path

from storyweave.kb import KnowledgeBase
from storyweave.use.export import export_json


def _entities(tmp_path: Path, new_store, texts: list[str], kind: str = "person") -> list[dict]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text)
        paths.append(path)
    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest(paths)
        return [e for e in export_json(kb.store)["entities"] if e["type"] == kind]


def _holder(entities: list[dict], name: str) -> dict:
    [entity] = [e for e in entities if name == e["name"] or name in e["aliases"]]
    return entity


def test_kb_names_nickname_in_quotes_joins_both_forms(tmp_path: Path, new_store):
    people = _entities(tmp_path, new_store, [
        "Harbor mourns a diver\n\nBartholomew \u201cBart\u201d Okonjo, a marine biologist, died "
        "Tuesday in Dunmore. Okonjo was 80.\n",
        "A diver remembered\n\nBart Okonjo taught generations of students. Okonjo retired in "
        "2003.\n",
        "Obituary\n\nBartholomew Okonjo, a marine biologist, has died at 80.\n"])
    assert _holder(people, "Bart Okonjo") is _holder(people, "Bartholomew Okonjo")


def test_kb_names_middle_and_maiden_names_join_the_three_word_name(tmp_path: Path, new_store):
    people = _entities(tmp_path, new_store, [
        "Senator runs\n\nOwen Caskey and his wife, Lena Marsh Caskey, a nurse, married in "
        "2001. Lena Caskey said the family agreed.\n",
        "Profile\n\nOwen Caskey met Lena Marsh in 1995 when she set his broken wrist.\n"])
    assert _holder(people, "Lena Marsh") is _holder(people, "Lena Marsh Caskey")
    assert _holder(people, "Lena Caskey") is _holder(people, "Lena Marsh Caskey")


def test_kb_names_two_first_names_with_one_surname_stay_apart(tmp_path: Path, new_store):
    people = _entities(tmp_path, new_store, [
        "Shop\n\nJohn Paul Serra opened a shop in Lyon.\n",
        "Shop\n\nJohn Serra and Paul Serra run a bakery in Nice.\n"])
    assert _holder(people, "John Serra") is not _holder(people, "Paul Serra")


def test_kb_names_organization_short_forms_join(tmp_path: Path, new_store):
    orgs = _entities(tmp_path, new_store, [
        "Teacher\n\nAnna Price studied at George Fenwick College before she joined Halvorsen "
        "Instruments in 2004.\n",
        "Profile\n\nAnna Price, a graduate of Fenwick College, spent a decade at Halvorsen. "
        "She spoke to Bookmarks on Radio Harlaw. Radio Harlaw aired it twice.\n"], "organization")
    names = sorted(e["name"] for e in orgs)
    college = [e for e in orgs if "Fenwick College" in [e["name"], *e["aliases"]]]
    assert len(college) == 1 and "George Fenwick College" in [college[0]["name"], *college[0]["aliases"]]
    assert not [e for e in orgs if "Radio Harlaw" in e["aliases"] and "Bookmarks" in e["name"]], names
