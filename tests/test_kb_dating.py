"""Cross-document dating in the knowledge base: an undated article's "died Thursday night"
is dated by another outlet's full date for the same death, whichever arrives first."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyweave.kb import KnowledgeBase
from storyweave.use.export import export_json

DATED = ("Glassblower Margaret Ashby dies\n\nPublished March 14, 2009\n\n"
         "Margaret Ashby died on Thursday, March 12, 2009, at a hospice in Bath.\n")
UNDATED = ("Friends remember a glassblower\n\n"
           "Margaret Ashby, who opened her Bath studio in 2007, died Thursday night, her family "
           "said. Her apprentices will keep the studio open.\n")


def _files(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "dated.txt").write_text(DATED)
    (tmp_path / "undated.txt").write_text(UNDATED)
    return tmp_path / "dated.txt", tmp_path / "undated.txt"


def _undated(export: dict) -> dict:
    return next(d for d in export["documents"] if d["path"].endswith("undated.txt"))


@pytest.mark.parametrize("order", ["dated first", "undated first"])
def test_kb_dating_by_another_outlets_date(tmp_path: Path, new_store, order):
    dated, undated = _files(tmp_path)
    with KnowledgeBase(new_store("kb")) as kb:
        for path in ([dated, undated] if order == "dated first" else [undated, dated]):
            kb.ingest([path])
        export = export_json(kb.store)
        kb.rebuild()
        assert export_json(kb.store) == export
    published = _undated(export)["published"]
    assert (published["earliest"], published["latest"]) == ("2009-03-12", "2009-03-18")
    [death] = [f for f in export["facts"] if f["predicate"] == "date_of_death"]
    assert death["status"] == "agreed"
    assert (death["time"]["earliest"], death["time"]["latest"]) == ("2009-03-12", "2009-03-12")


def test_kb_dating_without_the_other_outlet_keeps_the_wide_window(tmp_path: Path, new_store):
    _, undated = _files(tmp_path)
    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest([undated])
        published = _undated(export_json(kb.store))["published"]
    assert published["earliest"] == "2007-01-01"
    assert dt.date.fromisoformat(published["latest"]) > dt.date(2009, 3, 18)
