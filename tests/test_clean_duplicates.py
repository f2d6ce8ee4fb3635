"""Near-duplicate signatures: MinHash estimates must track the true shingle overlap."""
from __future__ import annotations

import re

from storyweave.clean.duplicates import _normalize, is_copy, signature

REPORT = ("Harbour master Ivo Brandt said on Tuesday that the new pier would open in May, after "
          "two years of delays caused by storms, a shortage of steel and a dispute with the "
          "ferry operator over who would pay for the extra berths. ")
FEATURE = ("The ferry operator has long argued that the council should pay for the berths, and "
           "on Tuesday its chief executive said the company would not sign a new contract until "
           "the dispute over the pier was settled by the harbour board. ")


def _jaccard(a: str, b: str) -> float:
    grams = [{n[i:i + 5] for i in range(len(n) - 4)} for n in (_normalize(a), _normalize(b))]
    return len(grams[0] & grams[1]) / len(grams[0] | grams[1])


def test_clean_duplicates_estimate_follows_the_true_overlap():
    for a, b in [(REPORT * 3, FEATURE * 3), (REPORT + FEATURE, FEATURE + REPORT),
                 (REPORT, re.sub("Tuesday", "Wednesday", REPORT))]:
        assert abs(signature(a).similarity(signature(b)) - _jaccard(a, b)) < 0.15


def test_clean_duplicates_same_topic_is_no_copy_but_an_edited_copy_is():
    assert not is_copy(signature(REPORT), signature(FEATURE))
    assert is_copy(signature(REPORT + FEATURE), signature(REPORT + FEATURE.replace("Tuesday",
                                                                                  "Monday")))


def test_clean_duplicates_articles_of_one_story_by_different_outlets_are_no_copies():
    from pathlib import Path

    from storyweave.clean.kept import kept_text
    from storyweave.ingest import read_paths
    from storyweave.prepare import prepare
    folder = Path(__file__).parent.parent / "examples" / "dev-clusters" / "minister_resigns"
    docs = [prepare(a) for a in read_paths(sorted(folder.glob("*.txt")))]
    assert len(docs) == 4
    texts = [kept_text(d.text, d.removed) for d in docs]
    sigs = [signature(t) for t in texts]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            assert abs(sigs[i].similarity(sigs[j]) - _jaccard(texts[i], texts[j])) < 0.15
            assert not is_copy(sigs[i], sigs[j])
