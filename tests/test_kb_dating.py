"""Cross-document dating in the knowledge base: an undated article's "died Thursday night"
is dated by another outlet's full date for the same death, whichever arrives first."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyweave import query
from storyweave.ingest import read_paths
from storyweave.kb import KnowledgeBase
from storyweave.prepare import prepare
from storyweave.understand import understand
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
        shown = query.document(kb.store, _undated(export)["id"])["published"]
    assert shown["how"] == "by agreement with dates stated elsewhere"
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


ANNOUNCED = ("Harbour couple's news\n\n"
             "Nora Quist runs a bakery in Bergen. She married Tom Baye in 2010 and gave birth "
             "to the couple's first child, Ada, back in April of 2014. And last November, they "
             "announced that there was a baby boy on the way.\n")
BORN = ("A son for the Harbour couple\n\nPublished June 3, 2016\n\n"
        "Nora Quist and Tom Baye welcomed their son Leo in May 2016. Their daughter Ada is "
        "two.\n")


@pytest.mark.parametrize("order", ["announcement first", "birth first"])
def test_kb_dating_an_announcement_by_the_birth_of_a_child_of_its_sex(tmp_path: Path, new_store,
                                                                     order):
    (tmp_path / "undated.txt").write_text(ANNOUNCED)
    (tmp_path / "born.txt").write_text(BORN)
    files = [tmp_path / "undated.txt", tmp_path / "born.txt"]
    with KnowledgeBase(new_store("kb")) as kb:
        for path in files if order == "announcement first" else files[::-1]:
            kb.ingest([path])
        export = export_json(kb.store)
    published = _undated(export)["published"]
    # Leo born May 2016: announced from July 2015 on, so "last November" is November 2015
    assert (published["earliest"], published["latest"]) == ("2015-12-01", "2016-04-30")
    [announced] = [f for f in export["facts"] if f["predicate"] == "pregnancy_announcement"]
    assert (announced["time"]["earliest"], announced["time"]["latest"]) == \
        ("2015-11-01", "2015-11-30")


def test_kb_dating_a_birth_of_unknown_sex_dates_no_announcement(tmp_path: Path, new_store):
    (tmp_path / "undated.txt").write_text(ANNOUNCED)
    (tmp_path / "born.txt").write_text(BORN.replace("their son Leo", "a baby, Leo,"))
    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest([tmp_path / "undated.txt", tmp_path / "born.txt"])
        published = _undated(export_json(kb.store))["published"]
    assert published["earliest"] == "2014-04-01"


NO_DATES = ("Glassblower dies\n\nMargaret Ashby has died, her agent said. \"With deep sadness I "
            "announce that my friend Margaret Ashby passed away this evening in Bath,\" the "
            "agent said.\n")


def test_kb_dating_an_article_without_any_date(tmp_path: Path, new_store):
    dated, _ = _files(tmp_path)
    (tmp_path / "undated.txt").write_text(NO_DATES)
    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest([tmp_path / "undated.txt"])
        before = _undated(export_json(kb.store))["published"]
        kb.ingest([dated])
        export = export_json(kb.store)
    assert (before["earliest"], before["latest"]) == (None, None)
    published = _undated(export)["published"]
    # "passed away this evening": written on the day of the death another outlet dates
    assert (published["earliest"], published["latest"]) == ("2009-03-12", "2009-03-12")
    [death] = [f for f in export["facts"] if f["predicate"] == "date_of_death"]
    assert len({e["document"] for e in death["evidence"]}) == 2


def test_kb_dating_failure_keeps_the_document_and_its_window(tmp_path: Path, new_store,
                                                            monkeypatch, caplog):
    dated, undated = _files(tmp_path)

    def broken(docs):
        raise RuntimeError("parser down")

    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest([undated])
        monkeypatch.setattr("storyweave.kb.understand", broken)
        with caplog.at_level("WARNING", logger="storyweave"):
            report = kb.add_analyses(_analyses([dated]))
        export = export_json(kb.store)
    assert report.counts()["added"] == 1 and "not re-dated" in caplog.text
    assert _undated(export)["published"]["earliest"] == "2007-01-01"


def _analyses(paths: list[Path]):
    return understand([prepare(a) for a in read_paths(paths)])


def test_kb_dating_an_age_by_a_birth_date_stated_elsewhere(tmp_path: Path, new_store):
    (tmp_path / "born.txt").write_text(
        "A painter's life\n\nPublished May 1, 2008\n\nMargaret Ashby was born in Truro on "
        "April 22, 1923, and painted the harbour for sixty years.\n")
    (tmp_path / "undated.txt").write_text(
        "Painter dies\n\nMargaret Ashby, who moved to Bath in 2007, died on Monday, aged 85, "
        "her family said.\n")
    with KnowledgeBase(new_store("kb")) as kb:
        kb.ingest([tmp_path / "undated.txt"])
        kb.ingest([tmp_path / "born.txt"])
        published = _undated(export_json(kb.store))["published"]
    # 85 years old and born on April 22, 1923: written from April 22, 2008 to April 21, 2009
    assert (published["earliest"], published["latest"]) == ("2008-04-22", "2009-04-21")


PROFILE = ("Novelist Maren Holloway at home\n\nPublished February 2, 2025\n\n"
           "Maren Holloway was born on August 12, 1971, in Fenby, and wrote her first novel "
           "at 30.\n")
WIRE = ("Novelist divorces\n\n"
        "FENBY, March 3 (Harbour Wire) - Maren Holloway, the novelist whose book The Glass Pier "
        "won the Lantern Prize in 2011, has divorced her second husband, the director Tom Lyle. "
        "Holloway, 53, told a radio programme that the divorce was finalised last month.\n")


@pytest.mark.parametrize("order", ["profile first", "wire first"])
def test_kb_dating_age_against_a_birth_date_elsewhere_pins_a_yearless_dateline(
        tmp_path: Path, new_store, order):
    (tmp_path / "profile.txt").write_text(PROFILE)
    (tmp_path / "wire.txt").write_text(WIRE)
    paths = [tmp_path / "profile.txt", tmp_path / "wire.txt"]
    with KnowledgeBase(new_store("kb")) as kb:
        for path in (paths if order == "profile first" else paths[::-1]):
            kb.ingest([path])
        export = export_json(kb.store)
    wire = next(d for d in export["documents"] if d["path"].endswith("wire.txt"))
    assert (wire["published"]["earliest"], wire["published"]["latest"]) == \
        ("2025-03-03", "2025-03-03")
