"""The synthetic corpus (deterministic, offsets that slice the text) and `bench scale`."""
from __future__ import annotations

import re

from typer.testing import CliRunner

from storyweave.bench.synthetic import Corpus
from storyweave.kb import KnowledgeBase
from storyweave.use.cli import app

runner = CliRunner()


def test_same_seed_same_corpus():
    a, b = Corpus(3, 500), Corpus(3, 500)
    for i in (0, 1, 17, 250, 499):
        assert a.text(i) == b.text(i)
        assert a.analysis(i) == b.analysis(i)
    assert Corpus(4, 500).text(17) != a.text(17)


def test_documents_can_be_generated_alone_in_any_order():
    c = Corpus(3, 500)
    forward = [c.analysis(i) for i in range(20)]
    assert [Corpus(3, 500).analysis(i) for i in reversed(range(20))][::-1] == forward


def test_offsets_slice_the_text():
    c = Corpus(5, 1000)
    for analysis in c.analyses(60):
        doc = analysis.document
        text = doc.text
        assert text == c.text(int(doc.path.split("/")[-1][:7]))
        assert doc.title == text.split("\n", 1)[0]
        assert analysis.mentions and analysis.claims
        for m in analysis.mentions:
            assert m.span.document == doc.id
            assert text[m.span.start:m.span.end] == m.text
            assert m.entity and (re.fullmatch(r"p\d+", m.entity) or
                                 m.entity.startswith(("organization:", "place:")))
        people = {m.entity for m in analysis.mentions if m.label == "person"}
        for claim in analysis.claims:
            sentence = text[claim.evidence.start:claim.evidence.end]
            assert sentence.endswith(".") and "\n" not in sentence
            assert claim.subject in people
            assert claim.object is None or claim.object in people or \
                claim.object.startswith("organization:")
            if claim.time is not None and claim.time.text:
                assert claim.time.text in sentence
        for q in analysis.quotes:
            assert text[q.span.start:q.span.end] == q.text
            assert text[q.cue.start:q.cue.end] == "told"
            assert q.speaker in people and q.outlet == doc.outlet
        for r in doc.removed:
            assert text[r.start:r.end] == r.text and r.text.startswith("RELATED: ")


def test_corpus_has_copies_contradictions_families(tmp_path):
    c = Corpus(7, 400)
    assert 20 <= sum(c.copy_of(i) is not None for i in range(400)) <= 70
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        report = kb.add_analyses(c.analyses(400))
        counts = report.counts()
        assert counts["error"] == 0 and counts["duplicate"] >= 20
        conn = kb.store.conn
        predicates = {r[0] for r in conn.execute("SELECT DISTINCT predicate FROM conflicts")}
        assert {"date_of_birth", "marriage"} <= predicates
        facts = {r[0] for r in conn.execute("SELECT DISTINCT predicate FROM facts")}
        assert {"spouse", "child", "sibling", "employer", "first_met"} <= facts
        assert conn.execute("SELECT COUNT(*) FROM quotes WHERE speaker IS NOT NULL").fetchone()[0]


def test_bench_scale_smoke():
    result = runner.invoke(app, ["bench", "scale", "--docs", "200", "--probes", "3"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert re.fullmatch(r"scale at 200 documents: add p50 \d+\.\d ms, p95 \d+\.\d ms; "
                        r"query p95 max \d+\.\d ms; peak RSS \d+ MB", lines[-1]), lines[-1]
    assert re.fullmatch(r"add growth 200 -> 200 documents: x\d+\.\d\d \(median\)", lines[-2])
    assert any(line.startswith("GET /api/entities/{id} ") for line in lines)
