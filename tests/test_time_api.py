import datetime as dt

import storyweave.understand.time as tm
from storyweave.model import Interval
from storyweave.understand.time import TimeValue, normalize, normalize_expression

PUB = Interval(dt.date(2018, 3, 15), dt.date(2018, 3, 15))


def test_api_exports():
    assert {"normalize", "normalize_expression", "TimeValue", "Anchor"} <= set(tm.__all__)


def test_api_offsets_index_text():
    text = "On Dec. 3, 2011 the twins, 28, opened a bakery; last week it closed."
    for v in normalize(text, PUB):
        assert isinstance(v, TimeValue)
        assert text[v.start:v.end] == v.text


def test_api_deterministic():
    text = "In April of 2016, two years ago, every summer."
    assert normalize(text, PUB) == normalize(text, PUB)


def test_api_expression_none_for_non_time():
    assert normalize_expression("the blue house", PUB) is None


def test_api_spacy_ents_fallback_uses_dateparser():
    text = "It opened 2014.06.03 in the hall."
    found = normalize(text, PUB, ents=[(10, 20, "DATE")])
    assert [(v.text, v.value) for v in found] == [("2014.06.03", "2014-06-03")]
