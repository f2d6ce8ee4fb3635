"""Quotation-mark pairing on characters (no spaCy needed)."""
from storyweave.understand.quote_spans import looks_like_title, quote_spans, word_count


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in quote_spans(text)]


def test_quotes_curly_and_straight_marks_pair():
    text = 'Ada said, “We won the vote today.” Ben said, "It was close all night."'
    assert _texts(text) == ["We won the vote today.", "It was close all night."]


def test_quotes_mixed_straight_open_curly_close():
    assert _texts('He stated, "Being kind is the whole job.”') == ["Being kind is the whole job."]


def test_quotes_trailing_comma_is_not_content():
    assert _texts("“We tried everything,” she said.") == ["We tried everything"]


def test_quotes_inch_marks_are_ignored():
    text = 'The 6\'2" forward signed a 12" vinyl for fans before the game.'
    assert quote_spans(text) == []


def test_quotes_nested_single_quotes_stay_inside():
    text = "“I love the idea of ‘us against the world.’ It keeps us going.”"
    assert _texts(text) == ["I love the idea of ‘us against the world.’ It keeps us going."]


def test_quotes_unclosed_paragraph_ends_at_line_end():
    text = "“This runs on and on\n“And this closes here.”"
    spans = quote_spans(text)
    assert [s.closed for s in spans] == [False, True]
    assert text[spans[0].start:spans[0].end] == "This runs on and on"


def test_quotes_blanked_text_has_no_quotes():
    assert quote_spans("      \n   ") == []


def test_quotes_word_count_and_title_shape():
    assert word_count("Night Drive") == 2
    assert looks_like_title("The Girl With the Silver Kite")
    assert not looks_like_title("We love this town.")
    assert looks_like_title("Miss Harbour Queen of the Year.")  # a full stop inside the marks
    assert not looks_like_title("Go Home. Now.")

