import datetime as dt

from storyweave.model import Interval
from storyweave.understand.time import normalize

DAY = Interval(dt.date(1998, 1, 20), dt.date(1998, 1, 20))


def test_clock_last_night_is_the_night_before():
    found = normalize("CBS News first reported last night that the tomb was opened.", DAY)
    assert [(v.text, v.type, v.value) for v in found] == [("last night", "TIME", "1998-01-19TNI")]


def test_clock_tonight_is_publication_night():
    found = normalize("The vote is expected tonight.", DAY)
    assert [(v.text, v.value) for v in found] == [("tonight", "1998-01-20TNI")]
