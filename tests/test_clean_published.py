"""Publication dates on small invented articles (fictional people and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from storyweave.clean.boilerplate import find_boilerplate
from storyweave.clean.published import (find_mentions, infer_published, pin_to_dateline,
                                        pin_to_named_days)
from storyweave.model import Published, Removal

D = dt.date
TITLE = "Harbour Council Approves New Pier"
BODY = "The council of Port Ellis voted on Tuesday to build a new pier for the ferry."


def doc(*lines: str) -> str:
    return "\n\n".join([TITLE, *lines]) + "\n"


def infer(text: str, **kw) -> Published:
    return infer_published(text, find_boilerplate(text, TITLE), **kw)


def test_clean_metadata_date_wins_over_text():
    text = doc("Published March 3, 2021", BODY)
    assert infer(text, metadata_date=D(2021, 3, 5), metadata_source="html") == \
        Published(D(2021, 3, 5), D(2021, 3, 5), False, "html")


def test_clean_metadata_datetime_is_cut_to_day():
    got = infer(doc(BODY), metadata_date=dt.datetime(2020, 1, 2, 23, 59))
    assert (got.earliest, got.latest, got.inferred, got.source) == (D(2020, 1, 2), D(2020, 1, 2), False, "meta")


@pytest.mark.parametrize("line, day", [
    ("Published March 3, 2021", D(2021, 3, 3)),
    ("Posted 2/3/2009 11:11 PM", D(2009, 2, 3)),
    ("2 A.M. FEB. 4, 2009", D(2009, 2, 4)),
    ("February 5, 2009", D(2009, 2, 5)),
    ("on February 4, 2009", D(2009, 2, 4)),
    ("Thursday, Apr 2, 2009 | Updated 1:32 PM PDT", D(2009, 4, 2)),
    ("2017-06-30", D(2017, 6, 30)),
    ("By Lena Ortiz | Published 14 July 2015, 09:00 BST", D(2015, 7, 14)),
    ("19:42, 15 OCT 2022 | UPDATED 21:05, 15 OCT 2022", D(2022, 10, 15)),
    ("Mon 3 Mar 2025 18.02 GMT", D(2025, 3, 3)),
])
def test_clean_date_line_shapes_give_the_day(line, day):
    assert infer(doc(line, BODY)) == Published(day, day, True, "dateline")


def test_clean_date_line_below_a_long_standfirst():
    standfirst = ("Harbour master who steered the ferry service through three storms and a "
                  "strike, and taught a generation of pilots")
    got = infer(doc(standfirst, "Monday 17 October 2022", "By Ivo Brandt", BODY + " " + BODY))
    assert got == Published(D(2022, 10, 17), D(2022, 10, 17), True, "dateline")


def test_clean_date_line_at_the_bottom():
    assert infer(doc(BODY, "Posted 2017-06-30")).earliest == D(2017, 6, 30)


def test_clean_bare_date_at_the_bottom_is_an_upper_bound():
    para = BODY + " The pier was first proposed in 2015 by the harbour master, Ivo Brandt."
    got = infer(doc(para, "Saturday, March 19, 2016."))
    assert got == Published(D(2015, 1, 1), D(2016, 3, 19), True, "updated")


def test_clean_updated_stamp_is_an_upper_bound_days_after():
    got = infer(doc("Updated: 03/03/2021 11:20 AM", BODY, "The pier was first proposed in 2020."))
    assert got == Published(D(2021, 3, 1), D(2021, 3, 3), True, "updated")


def test_clean_updated_stamp_after_a_later_mention():
    got = infer(doc("Last updated 09:47 BST, 4 March 2021", BODY,
                    "The vote was held on March 3, 2021 after a long debate."))
    assert (got.earliest, got.latest) == (D(2021, 3, 3), D(2021, 3, 4))


@pytest.mark.parametrize("opening, day", [
    ("PORT ELLIS, Marlow, June 11, 2013 (Harbour Wire) - The council voted", D(2013, 6, 11)),
    ("PORT ELLIS, Oct. 2, 2019 — The council voted", D(2019, 10, 2)),
])
def test_clean_wire_dateline_opening_the_story_gives_the_day(opening, day):
    got = infer(doc(opening + " on Tuesday to build a new pier for the ferry, ending a decade of debate."))
    assert got == Published(day, day, True, "dateline")


def test_clean_date_opening_a_sentence_is_no_wire_dateline():
    got = infer(doc("On June 11, 2013 the council voted to build a new pier for the ferry, ending "
                    "a decade of debate about the harbour."))
    assert got.source == "latest_mention"


def test_clean_published_beats_updated():
    got = infer(doc("Published March 1, 2021 | Updated March 3, 2021", BODY))
    assert (got.earliest, got.latest) == (D(2021, 3, 1), D(2021, 3, 1))


def test_clean_sentence_with_a_date_is_not_a_date_line():
    text = doc("The ferry company was founded on May 4, 1998 by a fisherman named Ivo Brandt.")
    assert infer(text).source == "latest_mention"


def test_clean_latest_mention_is_a_lower_bound_with_window():
    text = doc(BODY, "The old pier was built in 1961 and closed in April 2019.")
    assert infer(text) == Published(D(2019, 4, 1), D(2021, 4, 30), True, "latest_mention")


def test_clean_full_date_mention_window():
    got = infer(doc("The storm on 12 March 2018 damaged the old pier badly, the mayor said."))
    assert (got.earliest, got.latest) == (D(2018, 3, 12), D(2020, 3, 12))


def test_clean_nothing_known_is_unknown():
    assert infer(doc(BODY)) == Published(None, None, True, "unknown")


def test_clean_date_inside_removed_span_is_ignored():
    teaser = "RELATED: Pier Opens May 4, 2030"
    text = doc(BODY, "The plan dates from 2015.", teaser)
    assert infer(text).earliest == D(2015, 1, 1)
    start = text.index("2015")
    by_hand = [Removal(start, start + 4, "2015", "test"), *find_boilerplate(text, TITLE)]
    assert infer_published(text, by_hand) == Published(None, None, True, "unknown")


def test_clean_date_line_inside_removed_span_is_ignored():
    text = doc("Published March 3, 2021", BODY)
    start = text.index("Published")
    gone = [Removal(start, start + 23, text[start:start + 23], "test")]
    assert infer_published(text, gone).source == "unknown"


@pytest.mark.parametrize("sentence", [
    "The pier cost 2000 dollars per metre.",
    "About 1500 people came, or 2013 by another count.",
    "Turnout was 1999, up from last time.",
    "Call 2019 5550 for tickets.",
])
def test_clean_numbers_that_are_not_years_are_ignored(sentence):
    assert list(find_mentions(sentence)) == []


def test_clean_year_in_date_context_counts():
    found = [(f.earliest, f.latest) for f in find_mentions("She moved here in 2013.")]
    assert found == [(D(2013, 1, 1), D(2013, 12, 31))]


def test_clean_year_range_counts_to_its_end():
    found = list(find_mentions("He fished the bay from 1951-1957."))
    assert (found[0].earliest, found[0].latest) == (D(1951, 1, 1), D(1957, 12, 31))


def test_clean_future_year_is_ignored():
    assert list(find_mentions("The new pier will open in 2031.")) == []


def test_clean_past_verb_after_a_future_word_keeps_the_date():
    found = list(find_mentions("The aide who ran a re-election campaign and later built a "
                               "firm died Nov. 14, 2023, at home. Voters will decide in 2031."))
    assert [(f.earliest, f.latest) for f in found] == [(D(2023, 11, 14), D(2023, 11, 14))]


def test_clean_month_name_must_be_capitalised():
    assert list(find_mentions("you may 2015 forget")) == []


def test_clean_latest_date_with_its_weekday_is_recent():
    text = (f"{TITLE}\n\nThe ferry captain Ilse Brandt, who joined the fleet in 1990, retired "
            "Tuesday, March 3, 2015, at home.\n")
    published = infer_published(text, [])
    assert (published.earliest, published.latest) == (D(2015, 3, 3), D(2015, 4, 3))
    plain = text.replace("Tuesday, ", "")
    assert infer_published(plain, []).latest == D(2017, 3, 3)


def test_clean_a_year_sought_is_no_mention():
    text = (f"{TITLE}\n\nThe mayor, who has served since 2008, is barred from seeking a third "
            "term in 2021.\n")
    assert infer_published(text, []).earliest == D(2008, 1, 1)


def test_clean_a_death_date_is_news_for_a_month():
    got = infer(doc("The harbour master Ivo Brandt, who ran the pier for decades, died "
                    "Nov. 14, 2023, at his home in Port Ellis, his family said."))
    assert got == Published(D(2023, 11, 14), D(2023, 12, 15), True, "latest_mention")


def test_clean_yearless_wire_dateline_pins_a_narrowed_window():
    text = doc("PORT ELLIS, March 3 (Harbour Wire) - The council voted on Tuesday to build a "
               "new pier for the ferry, ending a decade of debate about the harbour.")
    window = Published(D(2024, 8, 31), D(2025, 7, 31), True, "agreement")
    assert pin_to_dateline(text, window) == Published(D(2025, 3, 3), D(2025, 3, 3), True,
                                                      "agreement")
    two_years = Published(D(2023, 1, 1), D(2024, 12, 31), True, "agreement")
    assert pin_to_dateline(text, two_years) == two_years  # two March 3rds: no guess


def test_clean_years_after_a_dated_clause_is_a_later_mention():
    got = infer(doc("The harbour master Ivo Brandt died on Tuesday, nearly 48 years to the week "
                    "after he first took charge of the pier in November 1975.", BODY))
    assert (got.earliest, got.source) == (D(2023, 11, 1), "latest_mention")
    got = infer(doc("Ivo Brandt, who took charge of the pier in November 1975, retired "
                    "in 1990 after 15 years, and will step down from the board 40 years "
                    "after joining in 1990.", BODY))
    assert got.earliest == D(1990, 1, 1)


def test_clean_a_year_naming_an_edition_is_a_mention():
    got = infer(doc("Twin brother and old teacher cheer as Tollbridge native Anna Price shares "
                    "the 2025 Lindenthal Prize", "Miriam Kosgei, who retired in 2014, still "
                    "has her lab notebook."))
    assert got.earliest == D(2025, 1, 1)
    assert infer(doc("The mayor said the 2030 Games would bring jobs.", BODY)).earliest is None


def test_clean_a_yearless_day_named_with_its_weekday_pins_a_year_wide_window():
    text = doc("The harbour master Ivo Brandt died on 14 October. His funeral will take place on "
               "Friday 28 October at St Bride's Church.")
    window = Published(D(2021, 11, 2), D(2022, 11, 1), True, "ages")
    assert pin_to_named_days(text, window) == Published(D(2022, 9, 27), D(2022, 11, 1), True,
                                                         "ages")
    clash = text.replace("Friday 28 October", "Friday 28 October and Monday 2 May")
    assert pin_to_named_days(clash, window) == window  # two days that disagree: no guess
