import json

from storyweave.bench import time as bench


def _write(tmp_path, docs, timexes):
    d = tmp_path / "derived"
    d.mkdir()
    (d / "docs.jsonl").write_text("".join(json.dumps(x) + "\n" for x in docs))
    (d / "timex.jsonl").write_text("".join(json.dumps(x) + "\n" for x in timexes))


def test_bench_scores_and_prints_value_f1_last(tmp_path, capsys):
    text = "Orla Finn left on Friday. She had stayed four years."
    docs = [{"doc": "d1", "text": text, "dct": "1998-03-04T10:00"}]
    gold = [{"doc": "d1", "start": 18, "end": 24, "text": "Friday", "type": "DATE", "value": "1998-02-27"},
            {"doc": "d1", "start": 41, "end": 51, "text": "four years", "type": "DURATION", "value": "P4Y"}]
    _write(tmp_path, docs, gold)
    score = bench.run(tmp_path)
    lines = capsys.readouterr().out.strip().splitlines()
    assert score == 1.0
    assert lines[-1] == "value F1: 1.000"
    assert any("strict" in line and "F1 1.000" in line for line in lines)


def test_bench_counts_value_errors_and_spurious(tmp_path, capsys):
    text = "Orla Finn left on Friday, 2 days ago."
    docs = [{"doc": "d1", "text": text, "dct": "1998-03-04"}]
    gold = [{"doc": "d1", "start": 18, "end": 24, "text": "Friday", "type": "DATE", "value": "1998-03-06"}]
    _write(tmp_path, docs, gold)
    score = bench.run(tmp_path, limit=1)
    out = capsys.readouterr().out
    # relaxed P = 1/2, R = 1, F1 = 2/3; value accuracy 0 -> value F1 0
    assert score == 0.0
    assert "relaxed P 0.500 R 1.000 F1 0.667" in out
    assert "spurious '2 days ago'" in out
