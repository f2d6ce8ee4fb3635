"""The bench's GGT matching and report on a tiny invented dataset."""
import json

from storyweave.bench import quotes as bench


def test_quotes_bench_match_threshold_and_speaker():
    gold = [bench.Gold("d", "x", set(range(0, 10)), set(range(20, 25)))]
    hit = bench.Pred(set(range(0, 4)), set(range(22, 23)))
    score, missed = bench.score_doc(gold, [hit])
    assert (score.matched, score.speaker_ok, missed) == (1, 1, [])
    score, missed = bench.score_doc(gold, [bench.Pred(set(range(0, 3)))])  # 0.3 is not > 0.3
    assert score.matched == 0 and missed == gold


def test_quotes_bench_one_to_one():
    gold = [bench.Gold("d", "x", set(range(0, 10)), set())]
    preds = [bench.Pred(set(range(0, 10))), bench.Pred(set(range(0, 8)))]
    score, _ = bench.score_doc(gold, preds)
    assert (score.matched, score.pred) == (1, 2)


def test_quotes_bench_run_prints_speaker_accuracy_last(tmp_path, capsys):
    text = "Vote tally.\n\n“We will fix the bridge this year,” Mayor Ana Ruiz said."
    (tmp_path / "derived").mkdir()
    doc = {"doc": "d1", "text": text, "publisher": "gazette"}
    start = text.index("We will")
    content = [[start, text.index("”")]]
    spk = text.index("Mayor")
    quote = {"doc": "d1", "text": "", "start": start, "end": content[0][1],
             "content_spans": content, "speaker_spans": [[spk, spk + 13]],
             "speaker_start": spk, "speaker_end": spk + 13, "has_quote_marks": True}
    (tmp_path / "derived" / "docs.jsonl").write_text(json.dumps(doc) + "\n")
    (tmp_path / "derived" / "quotes.jsonl").write_text(json.dumps(quote) + "\n")
    accuracy = bench.run(tmp_path)
    lines = capsys.readouterr().out.strip().splitlines()
    assert accuracy == 1.0 and lines[-1] == "speaker accuracy: 1.000"
